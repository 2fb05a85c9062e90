package no.kundeloft.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import no.kundeloft.revenue.LoadedThrough;
import no.kundeloft.revenue.MonthlyAmounts;

/**
 * A year of monthly actuals and budgets for one part of the organisation (or one customer), with
 * last year's actuals, from which every figure for any period is computed. Only loaded months count
 * as actuals (see {@link LoadedThrough}); budget is compared with actuals through them only, and
 * later months are open.
 */
public final class YearFigures {

    private final int year;
    private final LoadedThrough loaded;
    private final int completeMonths;
    private final MonthlyAmounts actuals;
    private final MonthlyAmounts budget;
    private final MonthlyAmounts pipeline;

    /** {@code actuals} covers this year and last year; {@code budget} this year; no pipeline. */
    public YearFigures(
            int year, LoadedThrough loaded, MonthlyAmounts actuals, MonthlyAmounts budget) {
        this(year, loaded, actuals, budget, new MonthlyAmounts());
    }

    /**
     * As above, with the weighted pipeline of the year's open months (growth as portfolio, new
     * customers as new sales).
     */
    public YearFigures(
            int year,
            LoadedThrough loaded,
            MonthlyAmounts actuals,
            MonthlyAmounts budget,
            MonthlyAmounts pipeline) {
        this.year = year;
        this.loaded = loaded;
        this.completeMonths = loaded.monthsOf(year);
        this.actuals = actuals;
        this.budget = budget;
        this.pipeline = pipeline;
    }

    public int year() {
        return year;
    }

    /** How many of the year's months are loaded, counted from January. */
    public int completeMonths() {
        return completeMonths;
    }

    /**
     * The organisation's last loaded month, which every figure of this year is measured through.
     */
    public LoadedThrough loadedThrough() {
        return loaded;
    }

    /**
     * The last month a period is measured through, or null when none of its months is loaded yet
     * (the period is open).
     */
    public YearMonth measuredThrough(Period period) {
        int last = Math.min(period.lastMonth(completeMonths), completeMonths);
        return last < period.firstMonth() ? null : YearMonth.of(year, last);
    }

    public Figures figures(Period period, Measure measure) {
        int first = period.firstMonth();
        int last = period.lastMonth(completeMonths);
        int lastComplete = Math.min(last, completeMonths);
        return new Figures(
                sum(actuals, year, first, lastComplete, measure),
                sum(budget, year, first, lastComplete, measure),
                sum(budget, year, first, last, measure),
                sum(actuals, year - 1, first, lastComplete, measure),
                forecast(measure),
                sum(budget, year, 1, 12, measure));
    }

    /** This year's actual revenue in a month (zero for a month not loaded yet). */
    public BigDecimal actual(int month, Measure measure) {
        return month > completeMonths ? BigDecimal.ZERO : sum(actuals, year, month, month, measure);
    }

    public BigDecimal lastYear(int month, Measure measure) {
        return sum(actuals, year - 1, month, month, measure);
    }

    public BigDecimal budget(int month, Measure measure) {
        return sum(budget, year, month, month, measure);
    }

    /**
     * The rest of the year against the pipeline: the full-year budget still to reach after the
     * actuals to date, and the weighted pipeline of the open months.
     */
    public Coverage coverage(Measure measure) {
        BigDecimal toReach =
                sum(budget, year, 1, 12, measure)
                        .subtract(sum(actuals, year, 1, completeMonths, measure))
                        .max(BigDecimal.ZERO);
        Forecast parts = forecastParts(measure);
        return new Coverage(toReach, pipeline(measure), parts == null ? null : parts.runRate());
    }

    /** The weighted pipeline of the months not loaded yet. */
    public BigDecimal pipeline(Measure measure) {
        return sum(pipeline, year, completeMonths + 1, 12, measure);
    }

    /**
     * The full-year forecast in its parts: actual to date, the run rate of the revenue we have (the
     * rest of the year as last year's seasonality, or the average month, extends it) and the
     * weighted pipeline. Null before any month of the year is loaded.
     */
    public Forecast forecastParts(Measure measure) {
        BigDecimal runRateForecast = runRateForecast(measure);
        if (runRateForecast == null) {
            return null;
        }
        BigDecimal toDate = sum(actuals, year, 1, completeMonths, measure);
        return new Forecast(toDate, runRateForecast.subtract(toDate), pipeline(measure));
    }

    BigDecimal forecast(Measure measure) {
        Forecast parts = forecastParts(measure);
        return parts == null ? null : parts.total();
    }

    /**
     * The year to date scaled by last year's seasonality (last year's full year over last year's
     * same months), or by the run rate when last year gives no shape.
     */
    private BigDecimal runRateForecast(Measure measure) {
        if (completeMonths == 0) {
            return null;
        }
        BigDecimal toDate = sum(actuals, year, 1, completeMonths, measure);
        if (completeMonths == 12) {
            return toDate;
        }
        BigDecimal lastYearToDate = sum(actuals, year - 1, 1, completeMonths, measure);
        BigDecimal lastYearFull = sum(actuals, year - 1, 1, 12, measure);
        if (lastYearToDate.signum() > 0 && lastYearFull.signum() > 0) {
            return toDate.multiply(lastYearFull).divide(lastYearToDate, 0, RoundingMode.HALF_UP);
        }
        return toDate.multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf(completeMonths), 0, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(
            MonthlyAmounts amounts, int year, int first, int last, Measure measure) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int month = first; month <= last; month++) {
            YearMonth yearMonth = YearMonth.of(year, month);
            sum =
                    sum.add(
                            switch (measure) {
                                case PORTFOLIO -> amounts.portfolio(yearMonth);
                                case NEW_SALES -> amounts.newSales(yearMonth);
                                case TOTAL -> amounts.total(yearMonth);
                            });
        }
        return sum;
    }
}
