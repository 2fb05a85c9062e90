package no.kundeloft.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** Dates, times, numbers and NOK amounts as the chosen language writes them, in Oslo time. */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private Formats() {}

    /** "27.11.2026" in bokmål, "27 Nov 2026" in English; empty for no date. */
    public static String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern(
                                isEnglish(locale) ? "d MMM yyyy" : "dd.MM.yyyy", locale)
                        .format(date);
    }

    /** "October 2026" in English, "oktober 2026" in bokmål. */
    public static String month(YearMonth month, Locale locale) {
        return month == null
                ? ""
                : month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)
                        + " "
                        + month.getYear();
    }

    /** A moment as a date and time in Oslo. */
    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        String pattern = isEnglish(locale) ? "d MMM yyyy HH:mm" : "dd.MM.yyyy 'kl.' HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(ZONE));
    }

    /** A moment's time of day in Oslo: "14:05". */
    public static String time(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(ZONE));
    }

    /** A whole number with the locale's grouping: "12 345" or "12,345". */
    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** An amount in whole kroner: "12 345 kr" in bokmål, "NOK 12,345" in English. */
    public static String nok(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String number = format.format(amount);
        return isEnglish(locale) ? "NOK\u00a0" + number : number + "\u00a0kr";
    }

    /** A change in whole kroner with its sign: "+12 345 kr" or "NOK -1,200". */
    public static String signedNok(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        return (amount.signum() > 0 ? "+" : "") + nok(amount, locale);
    }

    /** A number with one decimal in the locale's way: "2,4" or "2.4"; a dash for none. */
    public static String decimal(BigDecimal value, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A change in percent with its sign and one decimal: "+5,2 %" or "+5.2%"; a dash for none. */
    public static String signedPercent(BigDecimal percent, Locale locale) {
        if (percent == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        String number = (percent.signum() > 0 ? "+" : "") + format.format(percent);
        return isEnglish(locale) ? number + "%" : number + "\u00a0%";
    }

    /** A share in percent with one decimal: "71,7 %" or "71.7%"; a dash for none. */
    public static String percent(BigDecimal percent, Locale locale) {
        if (percent == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        String number = format.format(percent);
        return isEnglish(locale) ? number + "%" : number + "\u00a0%";
    }

    /** An amount as typed in a field: grouped, up to two decimals, no currency: "1 500 000". */
    public static String amount(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /**
     * An amount typed the way people type them: grouped with spaces or not, the language's decimal
     * sign (or a lone point where that is a comma); empty when it is no number.
     */
    public static Optional<BigDecimal> parseAmount(String text, Locale locale) {
        String compact = text == null ? "" : text.replaceAll("[\\s\u00a0\u202f]", "");
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (symbols.getDecimalSeparator() == ','
                && compact.indexOf(',') < 0
                && compact.indexOf('.') == compact.lastIndexOf('.')) {
            compact = compact.replace('.', ',');
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Number parsed = format.parse(compact, position);
        if (parsed == null || position.getIndex() != compact.length()) {
            return Optional.empty();
        }
        return Optional.of((BigDecimal) parsed);
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
