package no.kundeloft.attainment;

import java.util.Locale;

/**
 * A period of a year to measure: one month, a quarter, the year to date or the full year. Written
 * in URLs as {@code ytd}, {@code year}, {@code q3} or {@code m10}.
 */
public record Period(int year, Kind kind, int number) {

    public enum Kind {
        MONTH,
        QUARTER,
        YEAR_TO_DATE,
        FULL_YEAR
    }

    public static Period yearToDate(int year) {
        return new Period(year, Kind.YEAR_TO_DATE, 0);
    }

    public static Period fullYear(int year) {
        return new Period(year, Kind.FULL_YEAR, 0);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, Kind.QUARTER, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(year, Kind.MONTH, month);
    }

    public Period {
        if ((kind == Kind.MONTH && (number < 1 || number > 12))
                || (kind == Kind.QUARTER && (number < 1 || number > 4))) {
            throw new IllegalArgumentException("No such " + kind + ": " + number);
        }
    }

    /** The first month of the period (1 = January). */
    public int firstMonth() {
        return switch (kind) {
            case MONTH -> number;
            case QUARTER -> number * 3 - 2;
            case YEAR_TO_DATE, FULL_YEAR -> 1;
        };
    }

    /**
     * The last month of the period; for the year to date, the last complete month (0 before
     * February).
     */
    public int lastMonth(int completeMonths) {
        return switch (kind) {
            case MONTH -> number;
            case QUARTER -> number * 3;
            case YEAR_TO_DATE -> completeMonths;
            case FULL_YEAR -> 12;
        };
    }

    public String token() {
        return switch (kind) {
            case MONTH -> "m" + number;
            case QUARTER -> "q" + number;
            case YEAR_TO_DATE -> "ytd";
            case FULL_YEAR -> "year";
        };
    }

    /** The period a URL token names in a year; the year to date when the token names none. */
    public static Period parse(int year, String token) {
        String text = token == null ? "" : token.toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("m")) {
                return month(year, Integer.parseInt(text.substring(1)));
            }
            if (text.startsWith("q")) {
                return quarter(year, Integer.parseInt(text.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return yearToDate(year);
        }
        return "year".equals(text) ? fullYear(year) : yearToDate(year);
    }
}
