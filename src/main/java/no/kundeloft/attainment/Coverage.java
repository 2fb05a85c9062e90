package no.kundeloft.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The budget still to reach this year and the weighted pipeline of the same months; with the run
 * rate of the revenue we already have (null before any month is loaded), also the gap the pipeline
 * must close beyond it.
 */
public record Coverage(BigDecimal stillToReach, BigDecimal pipeline, BigDecimal runRate) {

    /**
     * Pipeline over what is still to reach with one decimal (2.4 = "2.4× covered"); null once the
     * budget is reached.
     */
    public BigDecimal ratio() {
        return ratio(stillToReach);
    }

    /**
     * What is still to reach beyond the run rate of the revenue we have; null without a run rate.
     */
    public BigDecimal gap() {
        return runRate == null ? null : stillToReach.subtract(runRate).max(BigDecimal.ZERO);
    }

    /**
     * Pipeline over the gap; null without a run rate or once the run rate alone reaches the budget.
     */
    public BigDecimal gapRatio() {
        BigDecimal gap = gap();
        return gap == null ? null : ratio(gap);
    }

    private BigDecimal ratio(BigDecimal whole) {
        return whole.signum() == 0 ? null : pipeline.divide(whole, 1, RoundingMode.HALF_UP);
    }
}
