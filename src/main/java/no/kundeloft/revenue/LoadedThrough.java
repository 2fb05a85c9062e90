package no.kundeloft.revenue;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The last month whose revenue is loaded for the whole organisation ({@code month} is null before
 * any is). Only loaded months count as actuals; later months are open, never zero.
 */
public record LoadedThrough(YearMonth month) {

    public static LoadedThrough nothing() {
        return new LoadedThrough(null);
    }

    public static LoadedThrough through(YearMonth month) {
        return new LoadedThrough(month);
    }

    public boolean any() {
        return month != null;
    }

    public boolean includes(YearMonth candidate) {
        return month != null && !candidate.isAfter(month);
    }

    /** How many months of a year are loaded: all of an earlier year, none of a later one. */
    public int monthsOf(int year) {
        if (month == null || year > month.getYear()) {
            return 0;
        }
        return year < month.getYear() ? 12 : month.getMonthValue();
    }

    /**
     * The year figures are looked at for on {@code today}: this year once its January is loaded,
     * until then last year, whose figures are then final (or as final as the loading has made
     * them); this year when nothing has been loaded at all.
     */
    public int reportingYear(LocalDate today) {
        return month == null || includes(YearMonth.of(today.getYear(), 1))
                ? today.getYear()
                : today.getYear() - 1;
    }
}
