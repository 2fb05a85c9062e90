package no.kundeloft.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Days for demo data: what is placed on a working day. */
public final class DemoDays {

    private DemoDays() {}

    /** The day itself, or the Monday after a weekend day. */
    public static LocalDate workday(LocalDate day) {
        LocalDate date = day;
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY
                || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return date;
    }
}
