package no.kundeloft.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The budget still to reach this year and the weighted pipeline of the same months. */
public record Coverage(BigDecimal stillToReach, BigDecimal pipeline) {

    /** Pipeline over what is still to reach with one decimal (2.4 = "2.4× covered"); null once the budget is reached. */
    public BigDecimal ratio() {
        return stillToReach.signum() == 0 ? null : pipeline.divide(stillToReach, 1, RoundingMode.HALF_UP);
    }
}
