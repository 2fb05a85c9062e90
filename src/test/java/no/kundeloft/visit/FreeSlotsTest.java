package no.kundeloft.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.kundeloft.base.Formats;
import org.junit.jupiter.api.Test;

class FreeSlotsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private static Instant at(LocalDateTime time) {
        return time.atZone(Formats.ZONE).toInstant();
    }

    private static BusyBlock busy(int fromHour, int fromMinute, int toHour, int toMinute) {
        return new BusyBlock(
                at(MONDAY.atTime(fromHour, fromMinute)), at(MONDAY.atTime(toHour, toMinute)));
    }

    @Test
    void an_hour_fits_on_the_half_hour_from_eight_until_it_ends_by_five_clear_of_busy_blocks() {
        List<LocalDateTime> free =
                FreeSlots.on(
                        List.of(MONDAY),
                        Duration.ofHours(1),
                        List.of(busy(9, 15, 10, 0), busy(13, 0, 15, 30)),
                        at(MONDAY.atStartOfDay()));
        assertThat(free)
                .extracting(t -> t.toLocalTime().toString())
                .containsExactly(
                        "08:00", "10:00", "10:30", "11:00", "11:30", "12:00", "15:30", "16:00");
    }

    @Test
    void weekends_and_the_past_offer_nothing_and_a_meeting_too_long_for_the_day_fits_nowhere() {
        assertThat(
                        FreeSlots.on(
                                List.of(MONDAY.minusDays(1), MONDAY.minusDays(2)),
                                Duration.ofMinutes(30),
                                List.of(),
                                at(MONDAY.minusDays(3).atStartOfDay())))
                .isEmpty();
        assertThat(
                        FreeSlots.on(
                                List.of(MONDAY),
                                Duration.ofMinutes(30),
                                List.of(),
                                at(MONDAY.atTime(16, 10))))
                .extracting(t -> t.toLocalTime().toString())
                .containsExactly("16:30");
        assertThat(
                        FreeSlots.on(
                                List.of(MONDAY),
                                Duration.ofHours(10),
                                List.of(),
                                at(MONDAY.atStartOfDay())))
                .isEmpty();
    }

    @Test
    void on_the_day_summer_time_ends_the_slots_are_still_on_local_time() {
        LocalDate lastSundayOfOctober = LocalDate.of(2027, 10, 31);
        LocalDate monday = lastSundayOfOctober.plusDays(1);
        assertThat(
                        FreeSlots.on(
                                List.of(monday),
                                Duration.ofHours(8),
                                List.of(),
                                at(monday.atStartOfDay())))
                .containsExactly(monday.atTime(8, 0), monday.atTime(8, 30), monday.atTime(9, 0));
    }
}
