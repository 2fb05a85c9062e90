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
import no.kundeloft.attainment.YearFigures;
import no.kundeloft.base.Formats;

/**
 * The rest of the year against the pipeline: per measure the budget still to reach, the weighted pipeline
 * of the same months and how many times it covers it, and the full-year forecast in its three parts.
 */
public class CoverageCards extends Div {

    public CoverageCards(YearFigures figures, Locale locale) {
        addClassNames("figures", "coverage-cards");
        setId("coverage");
        Div title = new Div(new H4(getTranslation("coverage.title", String.valueOf(figures.year()))),
                new Anchor("pipeline", getTranslation("coverage.openPipeline")));
        title.addClassName("coverage-title");
        add(title);
        for (Measure measure : List.of(Measure.NEW_SALES, Measure.PORTFOLIO)) {
            add(card(figures, measure, locale));
        }
    }

    private Component card(YearFigures figures, Measure measure, Locale locale) {
        String id = "coverage-" + measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Coverage coverage = figures.coverage(measure);
        Span label = new Span(getTranslation("coverage.measure." + measure.name()));
        label.addClassName("figure-label");
        BigDecimal ratio = coverage.ratio();
        Span value = new Span(ratio == null ? getTranslation("coverage.reached")
                : getTranslation("coverage.ratio", Formats.decimal(ratio, locale)));
        value.addClassNames("figure-value", ratio == null || ratio.compareTo(BigDecimal.ONE) >= 0 ? "good" : "short");
        value.setId(id + "-ratio");
        Div card = new Div(label, value,
                line("coverage.stillToReach", Formats.nok(coverage.stillToReach(), locale), id + "-to-reach"),
                line("coverage.pipeline", Formats.nok(coverage.pipeline(), locale), id + "-pipeline"));
        Forecast forecast = figures.forecastParts(measure);
        if (forecast != null) {
            card.add(line("coverage.forecast", getTranslation("coverage.forecastParts", Formats.nok(forecast.total(), locale),
                    Formats.nok(forecast.actual(), locale), Formats.nok(forecast.runRate(), locale),
                    Formats.nok(forecast.pipeline(), locale)), id + "-forecast"));
        }
        card.addClassNames("card", "figure", "coverage-card");
        card.setId(id);
        return card;
    }

    private Span line(String key, String value, String valueId) {
        Span label = new Span(getTranslation(key));
        label.addClassName("label");
        Span shown = new Span(value);
        shown.setId(valueId);
        Span line = new Span(label, shown);
        line.addClassName("line");
        return line;
    }
}
