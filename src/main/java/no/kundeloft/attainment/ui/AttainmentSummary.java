package no.kundeloft.attainment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.kundeloft.attainment.AttainmentReport;
import no.kundeloft.attainment.AttainmentRow;
import no.kundeloft.attainment.Figures;
import no.kundeloft.attainment.Measure;
import no.kundeloft.attainment.Period;
import no.kundeloft.attainment.YearFigures;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.EChart;
import no.kundeloft.base.ui.SharedComponent;
import no.kundeloft.revenue.RollupLevel;

/**
 * The home page's attainment for the year to date, shaped by role: a seller sees two gauges
 * (portfolio, new sales), growth and their fastest growing and declining customers; a leader sees
 * the figures, the table of the level below with totals and the monthly chart. Each links into the
 * drill-down.
 */
@SharedComponent
public class AttainmentSummary extends Div {

    private static final int TOP = 5;

    /**
     * {@code newYear} is the calendar year's figures while the report shows last year (its January
     * not loaded yet), so its budget stands beside last year's final figures; otherwise null.
     * {@code following} is next year's figures late in the year, for the pipeline against next
     * year's budget; otherwise null.
     */
    public AttainmentSummary(
            AttainmentReport report, YearFigures newYear, YearFigures following, Locale locale) {
        addClassName("attainment-summary");
        setId("attainment-summary");
        Period period = Period.yearToDate(report.figures().year());
        H3 title =
                new H3(getTranslation("home.attainment", String.valueOf(report.figures().year())));
        Anchor details =
                new Anchor(
                        AttainmentView.url(report.node(), period),
                        getTranslation("home.attainment.details"));
        details.setId("attainment-details");
        Div header =
                new Div(
                        new Div(title, MeasuredThrough.of(report.figures(), period, locale)),
                        details);
        header.addClassName("summary-header");
        add(header);
        if (newYear != null) {
            add(newYearBudget(newYear, locale));
        }
        if (report.figures().completeMonths() < 12) {
            add(new CoverageCards(report.figures(), following, locale));
        }
        if (report.node().level() == RollupLevel.SELLER) {
            add(gauges(report, period, locale), customers(report, period, locale));
        } else {
            add(new FigureCards(report.figures(), period, locale));
            if (report.topDown() != null) {
                Figures topDown = report.topDown().figures(period, Measure.TOTAL);
                Paragraph line =
                        new Paragraph(
                                getTranslation(
                                        "home.attainment.topDown",
                                        Formats.nok(topDown.fullYearBudget(), locale),
                                        Formats.percent(topDown.attainmentPercent(), locale)));
                line.setId("home-top-down");
                add(line);
            }
            if (!report.rows().isEmpty()) {
                AttainmentTable table =
                        new AttainmentTable(
                                report,
                                period,
                                locale,
                                row ->
                                        getUI().ifPresent(
                                                        ui ->
                                                                AttainmentView.open(
                                                                        ui, row.node(), period)));
                add(table, table.picker());
            }
        }
    }

    private Component newYearBudget(YearFigures newYear, Locale locale) {
        Period year = Period.fullYear(newYear.year());
        Paragraph line =
                new Paragraph(
                        getTranslation(
                                "home.attainment.newYearBudget",
                                String.valueOf(newYear.year()),
                                Formats.nok(
                                        newYear.figures(year, Measure.TOTAL).fullYearBudget(),
                                        locale),
                                Formats.nok(
                                        newYear.figures(year, Measure.PORTFOLIO).fullYearBudget(),
                                        locale),
                                Formats.nok(
                                        newYear.figures(year, Measure.NEW_SALES).fullYearBudget(),
                                        locale)));
        line.setId("home-new-year-budget");
        line.addClassName("new-year-budget");
        return line;
    }

    private Component gauges(AttainmentReport report, Period period, Locale locale) {
        Div gauges = new Div();
        gauges.addClassName("gauges");
        for (Measure measure : List.of(Measure.PORTFOLIO, Measure.NEW_SALES)) {
            Figures figures = report.figures().figures(period, measure);
            EChart gauge = new EChart();
            gauge.addClassName("gauge");
            String id = "gauge-" + measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
            gauge.setId(id);
            gauge.setOption(
                    AttainmentCharts.gauge(
                            figures.attainmentPercent(),
                            getTranslation("attainment.measure." + measure.name()),
                            locale));
            Span actual =
                    new Span(
                            getTranslation(
                                    "home.attainment.actualOf",
                                    Formats.nok(figures.actual(), locale),
                                    Formats.nok(figures.budgetToDate(), locale)));
            actual.setId(id + "-actual");
            Span growth =
                    new Span(
                            getTranslation("attainment.growth")
                                    + ": "
                                    + Formats.signedPercent(figures.growthPercent(), locale));
            growth.setId(id + "-growth");
            Div card = new Div(gauge, actual, growth);
            card.addClassNames("card", "gauge-card");
            gauges.add(card);
        }
        return gauges;
    }

    /** The customers whose revenue grew most, and fell most, against the same months last year. */
    private Component customers(AttainmentReport report, Period period, Locale locale) {
        Comparator<AttainmentRow> byChange = Comparator.comparing(row -> change(row, period));
        List<AttainmentRow> growing =
                report.rows().stream()
                        .filter(row -> change(row, period).signum() > 0)
                        .sorted(byChange.reversed())
                        .limit(TOP)
                        .toList();
        List<AttainmentRow> declining =
                report.rows().stream()
                        .filter(row -> change(row, period).signum() < 0)
                        .sorted(byChange)
                        .limit(TOP)
                        .toList();
        Div lists =
                new Div(
                        list("home.growing", "top-growing", growing, period, locale),
                        list("home.declining", "top-declining", declining, period, locale));
        lists.addClassName("movers");
        return lists;
    }

    private Component list(
            String titleKey, String id, List<AttainmentRow> rows, Period period, Locale locale) {
        Div card = new Div(new H4(getTranslation(titleKey)));
        card.addClassNames("card", "movers-card");
        card.setId(id);
        if (rows.isEmpty()) {
            card.add(new Paragraph(getTranslation("home.noMovers")));
            return card;
        }
        UnorderedList list = new UnorderedList();
        for (AttainmentRow row : rows) {
            Anchor name = new Anchor(AttainmentView.url(row.node(), period), row.node().name());
            Span change =
                    new Span(
                            Formats.signedNok(change(row, period), locale)
                                    + " ("
                                    + Formats.signedPercent(
                                            row.figures()
                                                    .figures(period, Measure.TOTAL)
                                                    .growthPercent(),
                                            locale)
                                    + ")");
            change.addClassName(change(row, period).signum() > 0 ? "up" : "down");
            list.add(new ListItem(name, change));
        }
        card.add(list);
        return card;
    }

    private static BigDecimal change(AttainmentRow row, Period period) {
        Figures total = row.figures().figures(period, Measure.TOTAL);
        return total.actual().subtract(total.lastYear());
    }
}
