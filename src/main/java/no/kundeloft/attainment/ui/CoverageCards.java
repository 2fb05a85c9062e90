package no.kundeloft.attainment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import no.kundeloft.attainment.Coverage;
import no.kundeloft.attainment.Forecast;
import no.kundeloft.attainment.Measure;
import no.kundeloft.attainment.Period;
import no.kundeloft.attainment.YearFigures;
import no.kundeloft.base.Formats;

/**
 * The rest of the year against the pipeline: per measure the budget still to reach, the weighted
 * pipeline of the same months and how many times it covers it, and the full-year forecast in its
 * three parts. Late in the year, when little of it is left, the next year's budget against the
 * pipeline closing for it as well.
 */
public class CoverageCards extends Div {

    /** {@code following} is next year's figures, or null when they are not to be shown. */
    public CoverageCards(YearFigures figures, YearFigures following, Locale locale) {
        addClassName("coverage");
        setId("coverage");
        Div title =
                new Div(
                        new H4(
                                getTranslation(
                                        "pipelineCoverage.title", String.valueOf(figures.year()))),
                        new Anchor("pipeline", getTranslation("coverage.openPipeline")));
        title.addClassName("coverage-title");
        add(title, cards(figures, "coverage", locale));
        if (following != null) {
            H4 next = new H4(getTranslation("coverage.nextYear", String.valueOf(following.year())));
            next.addClassName("coverage-next");
            add(next, cards(following, "coverage-next", locale));
        }
    }

    private Component cards(YearFigures figures, String idPrefix, Locale locale) {
        Div cards = new Div();
        cards.addClassName("coverage-cards");
        for (Measure measure : List.of(Measure.NEW_SALES, Measure.PORTFOLIO)) {
            cards.add(
                    card(
                            figures,
                            measure,
                            idPrefix
                                    + "-"
                                    + measure.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            locale));
        }
        return cards;
    }

    private Component card(YearFigures figures, Measure measure, String id, Locale locale) {
        Coverage coverage = figures.coverage(measure);
        Span label = new Span(getTranslation("coverage.measure." + measure.name()));
        label.addClassName("coverage-label");
        BigDecimal ratio = coverage.ratio();
        boolean noBudget =
                figures.figures(Period.fullYear(figures.year()), measure).fullYearBudget().signum()
                        == 0;
        Span value =
                new Span(
                        noBudget
                                ? getTranslation("coverage.noBudget")
                                : ratio == null
                                        ? getTranslation("coverage.reached")
                                        : getTranslation(
                                                "coverage.ratio", Formats.decimal(ratio, locale)));
        value.addClassNames(
                "coverage-value",
                noBudget
                        ? "none"
                        : ratio == null || ratio.compareTo(BigDecimal.ONE) >= 0 ? "good" : "short");
        value.setId(id + "-ratio");
        Div card =
                new Div(
                        new Div(label, value),
                        FigureLine.of(
                                this,
                                "coverage.stillToReach",
                                Formats.nok(coverage.stillToReach(), locale),
                                id + "-to-reach"),
                        FigureLine.of(
                                this,
                                "coverage.pipeline",
                                Formats.nok(coverage.pipeline(), locale),
                                id + "-pipeline"));
        if (coverage.gap() != null && !noBudget) {
            card.add(
                    FigureLine.of(
                            this,
                            "coverage.gap",
                            coverage.gapRatio() == null
                                    ? getTranslation("coverage.gap.none")
                                    : getTranslation(
                                            "coverage.gap.covered",
                                            Formats.nok(coverage.gap(), locale),
                                            Formats.decimal(coverage.gapRatio(), locale)),
                            id + "-gap"));
        }
        Forecast forecast = figures.forecastParts(measure);
        if (forecast != null) {
            card.add(
                    FigureLine.of(
                            this,
                            "coverage.forecast",
                            getTranslation(
                                    "coverage.forecastParts",
                                    Formats.nok(forecast.total(), locale),
                                    Formats.nok(forecast.actual(), locale),
                                    Formats.nok(forecast.runRate(), locale),
                                    Formats.nok(forecast.pipeline(), locale)),
                            id + "-forecast"));
        }
        card.addClassNames("card", "coverage-card");
        card.setId(id);
        return card;
    }
}
