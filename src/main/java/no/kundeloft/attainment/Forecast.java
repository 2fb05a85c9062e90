package no.kundeloft.attainment;

import java.math.BigDecimal;

/**
 * The full-year forecast in its parts: actual to date, the run rate of the rest of the year, the
 * weighted pipeline.
 */
public record Forecast(BigDecimal actual, BigDecimal runRate, BigDecimal pipeline) {

    public BigDecimal total() {
        return actual.add(runRate).add(pipeline);
    }
}
