package no.kundeloft.visit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A seller's working week for booking: its days, when they are busy (not what with), and where a
 * meeting of the asked length fits.
 */
public record SellerWeek(
        Long sellerId, LocalDate monday, List<BusyBlock> busy, List<LocalDateTime> free) {}
