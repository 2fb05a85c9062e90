package no.kundeloft;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import no.kundeloft.base.Formats;

/**
 * The application's clock in tests: standing still at {@link #DEFAULT} (an ordinary Wednesday in
 * June), so no test depends on the machine's date; a test that is about a date sets its own. It is
 * put back to the default before every test ({@link TestClockReset}).
 */
public class TestClock extends Clock {

    /** 17 June 2026, 10:00 in Oslo: mid-month, mid-year, summer time, a working day. */
    public static final LocalDateTime DEFAULT = LocalDateTime.of(2026, 6, 17, 10, 0);

    public static final LocalDate TODAY = DEFAULT.toLocalDate();
    public static final Instant NOW = at(DEFAULT);

    private volatile Instant instant = at(DEFAULT);

    /** Stands the clock still at this Oslo date and time. */
    public void set(LocalDateTime osloTime) {
        instant = at(osloTime);
    }

    /** Stands the clock still on this Oslo date at 10:00. */
    public void set(LocalDate osloDate) {
        set(osloDate.atTime(LocalTime.of(10, 0)));
    }

    public void set(Instant moment) {
        instant = moment;
    }

    public void reset() {
        set(DEFAULT);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant, Formats.ZONE);
    }

    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(instant, Formats.ZONE);
    }

    @Override
    public ZoneId getZone() {
        return Formats.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }

    public static Instant at(LocalDateTime osloTime) {
        return osloTime.atZone(Formats.ZONE).toInstant();
    }
}
