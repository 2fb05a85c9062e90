package no.kundeloft.revenue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** A correction as the customer page lists it. */
public record CorrectionItem(
        YearMonth month,
        BigDecimal previousAmount,
        BigDecimal newAmount,
        String reason,
        String correctedBy,
        Instant correctedAt) {

    static CorrectionItem of(RevenueCorrection c) {
        return new CorrectionItem(
                c.getMonth(),
                c.getPreviousAmount(),
                c.getNewAmount(),
                c.getReason(),
                c.getCorrectedBy(),
                c.getCorrectedAt());
    }
}
