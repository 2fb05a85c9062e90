package no.kundeloft.attainment.ui;

import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.kundeloft.attainment.Measure;
import no.kundeloft.attainment.YearFigures;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.Json;

/**
 * ECharts options for attainment: monthly actual against budget, cumulative attainment, and a
 * gauge.
 */
final class AttainmentCharts {

    private AttainmentCharts() {}

    /**
     * Portfolio and new sales per month as stacked bars, with the budget and last year as lines.
     */
    static String monthly(YearFigures figures, Labels labels, Locale locale) {
        return """
                {"tooltip":{"trigger":"axis"},"legend":{"top":0},"grid":{"left":10,"right":10,"top":40,"bottom":10,"containLabel":true},
                 "xAxis":{"type":"category","data":%s},"yAxis":{"type":"value"},
                 "series":[
                  {"name":%s,"type":"bar","stack":"actual","data":%s,"itemStyle":{"color":"#1a73e8"}},
                  {"name":%s,"type":"bar","stack":"actual","data":%s,"itemStyle":{"color":"#34a853"}},
                  {"name":%s,"type":"line","data":%s,"itemStyle":{"color":"#f29900"},"symbol":"circle"},
                  {"name":%s,"type":"line","data":%s,"itemStyle":{"color":"#9aa0a6"},"lineStyle":{"type":"dashed"}}]}"""
                .formatted(
                        months(locale),
                        Json.of(labels.portfolio()),
                        series(m -> figures.actual(m, Measure.PORTFOLIO), figures.completeMonths()),
                        Json.of(labels.newSales()),
                        series(m -> figures.actual(m, Measure.NEW_SALES), figures.completeMonths()),
                        Json.of(labels.budget()),
                        series(m -> figures.budget(m, Measure.TOTAL), 12),
                        Json.of(labels.lastYear()),
                        series(m -> figures.lastYear(m, Measure.TOTAL), 12));
    }

    /** Cumulative actual against cumulative budget through the year. */
    static String cumulative(YearFigures figures, Labels labels, Locale locale) {
        BigDecimal[] actual = new BigDecimal[12];
        BigDecimal[] budget = new BigDecimal[12];
        BigDecimal runningActual = BigDecimal.ZERO;
        BigDecimal runningBudget = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            runningActual = runningActual.add(figures.actual(m, Measure.TOTAL));
            runningBudget = runningBudget.add(figures.budget(m, Measure.TOTAL));
            actual[m - 1] = runningActual;
            budget[m - 1] = runningBudget;
        }
        return """
                {"tooltip":{"trigger":"axis"},"legend":{"top":0},"grid":{"left":10,"right":10,"top":40,"bottom":10,"containLabel":true},
                 "xAxis":{"type":"category","data":%s},"yAxis":{"type":"value"},
                 "series":[
                  {"name":%s,"type":"line","data":%s,"areaStyle":{"opacity":0.15},"itemStyle":{"color":"#1a73e8"}},
                  {"name":%s,"type":"line","data":%s,"itemStyle":{"color":"#f29900"},"lineStyle":{"type":"dashed"}}]}"""
                .formatted(
                        months(locale),
                        Json.of(labels.actual()),
                        series(m -> actual[m - 1], figures.completeMonths()),
                        Json.of(labels.budget()),
                        series(m -> budget[m - 1], 12));
    }

    /**
     * A gauge of an attainment in percent (0–150), green from 100, the figure written in the user's
     * language ("92,9 %").
     */
    static String gauge(BigDecimal percent, String title, Locale locale) {
        String value = percent == null ? "0" : percent.toPlainString();
        return """
                {"series":[{"type":"gauge","min":0,"max":150,"splitNumber":3,"radius":"95%%","center":["50%%","60%%"],
                  "startAngle":200,"endAngle":-20,"progress":{"show":true,"width":12},
                  "axisLine":{"lineStyle":{"width":12,"color":[[0.6667,"#e8eaed"],[1,"#ceead6"]]}},
                  "itemStyle":{"color":%s},"pointer":{"show":false},"axisTick":{"show":false},
                  "splitLine":{"length":6},"axisLabel":{"distance":16,"fontSize":10},
                  "title":{"offsetCenter":[0,"45%%"],"fontSize":13},
                  "detail":{"valueAnimation":false,"offsetCenter":[0,"5%%"],"fontSize":24,"formatter":%s},
                  "data":[{"value":%s,"name":%s}]}]}"""
                .formatted(
                        Json.of(
                                percent != null && percent.compareTo(BigDecimal.valueOf(100)) >= 0
                                        ? "#188038"
                                        : "#1a73e8"),
                        Json.of(Formats.percent(percent, locale)),
                        value,
                        Json.of(title));
    }

    private static String months(Locale locale) {
        return IntStream.rangeClosed(1, 12)
                .mapToObj(m -> Json.of(Month.of(m).getDisplayName(TextStyle.SHORT, locale)))
                .collect(Collectors.joining(",", "[", "]"));
    }

    /**
     * Values for months 1..12; months after {@code upTo} are left empty (not zero) so lines stop
     * there.
     */
    private static String series(IntFunction<BigDecimal> value, int upTo) {
        return IntStream.rangeClosed(1, 12)
                .mapToObj(m -> m <= upTo ? value.apply(m).toPlainString() : "null")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** The series names, in the user's language. */
    record Labels(
            String portfolio, String newSales, String actual, String budget, String lastYear) {}
}
