package no.kundeloft.revenue;

import java.math.BigDecimal;

/**
 * A customer's revenue from January through the last loaded month, and in the same months the year
 * before.
 */
public record YearToDate(BigDecimal thisYear, BigDecimal lastYear) {

    /** Less than the same months last year. */
    public boolean falling() {
        return lastYear != null && thisYear.compareTo(lastYear) < 0;
    }
}
