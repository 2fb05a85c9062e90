package no.kundeloft.attainment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Locale;
import no.kundeloft.attainment.Figures;
import no.kundeloft.attainment.Measure;
import no.kundeloft.attainment.Period;
import no.kundeloft.attainment.YearFigures;
import no.kundeloft.base.Formats;

/** One card per measure: actual against phased budget, attainment, growth and forecast. */
final class FigureCards extends Div {

    FigureCards(YearFigures figures, Period period, Locale locale) {
        addClassNames("figures", "attainment-cards");
        for (Measure measure : Measure.values()) {
            add(card(figures.figures(period, measure), measure, locale));
        }
    }

    private Component card(Figures figures, Measure measure, Locale locale) {
        String id = "attainment-" + measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Span title = new Span(getTranslation("attainment.measure." + measure.name()));
        title.addClassName("figure-label");
        Span attainment = new Span(Formats.percent(figures.attainmentPercent(), locale));
        attainment.addClassName("figure-value");
        attainment.setId(id + "-attainment");
        if (figures.attainmentPercent() != null) {
            attainment.addClassName(
                    figures.attainmentPercent().compareTo(BigDecimal.valueOf(100)) >= 0
                            ? "good"
                            : figures.attainmentPercent().compareTo(BigDecimal.valueOf(90)) >= 0
                                    ? "near"
                                    : "short");
        }
        Div card =
                new Div(
                        title,
                        attainment,
                        FigureLine.of(
                                this,
                                "attainment.actual",
                                Formats.nok(figures.actual(), locale),
                                id + "-actual"),
                        FigureLine.of(
                                this,
                                "attainment.budgetToDate",
                                Formats.nok(figures.budgetToDate(), locale),
                                id + "-budget"),
                        FigureLine.of(
                                this,
                                "attainment.growth",
                                Formats.signedPercent(figures.growthPercent(), locale),
                                id + "-growth"),
                        FigureLine.of(
                                this,
                                "attainment.forecast",
                                figures.forecast() == null
                                        ? "–"
                                        : Formats.nok(figures.forecast(), locale)
                                                + " ("
                                                + Formats.percent(figures.forecastPercent(), locale)
                                                + ")",
                                id + "-forecast"));
        card.addClassNames("card", "figure", "attainment-card");
        card.setId(id);
        return card;
    }
}
