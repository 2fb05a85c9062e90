package no.kundeloft.attainment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.UncheckedIOException;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import no.kundeloft.attainment.AttainmentReport;
import no.kundeloft.attainment.AttainmentService;
import no.kundeloft.attainment.Measure;
import no.kundeloft.attainment.Node;
import no.kundeloft.attainment.Period;
import no.kundeloft.attainment.YearFigures;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.ui.EChart;
import no.kundeloft.revenue.RollupLevel;
import no.kundeloft.security.Roles;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The drill-down: division → department → team → seller → customer → months, each one click, with
 * the place, the year and the period in the URL ({@code /attainment/team/12?year=2026&period=q3}).
 */
@Route("attainment/:level?/:id?")
@RolesAllowed({
    Roles.ACCOUNT_MANAGER,
    Roles.KEY_ACCOUNT_MANAGER,
    Roles.TELESALES,
    Roles.FIELD_SALES,
    Roles.TEAM_LEADER,
    Roles.SALES_MANAGER,
    Roles.SALES_DIRECTOR,
    Roles.ADMIN
})
public class AttainmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AttainmentService attainment;
    private final ObjectProvider<AttainmentTeamSection> teamSections;
    private AttainmentReport report;

    public AttainmentView(
            AttainmentService attainment, ObjectProvider<AttainmentTeamSection> teamSections) {
        this.teamSections = teamSections;
        this.attainment = attainment;
        addClassName("attainment-view");
    }

    /** The URL of a node's page for a year and period. */
    public static String url(Node node, Period period) {
        String path = node.path();
        return "attainment"
                + (path.isEmpty() ? "" : "/" + path)
                + "?year="
                + period.year()
                + "&period="
                + period.token();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Node node = requestedNode(event);
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        int year = parseYear(first(query, "year"));
        Period period = Period.parse(year, first(query, "period"));
        report = attainment.report(node, year);
        removeAll();
        build(period);
    }

    private Node requestedNode(BeforeEnterEvent event) {
        String level = event.getRouteParameters().get("level").orElse(null);
        if (level == null) {
            return attainment.myTop().orElseThrow(() -> new NotFoundException("Attainment", null));
        }
        try {
            RollupLevel rollupLevel = RollupLevel.valueOf(level.toUpperCase(Locale.ROOT));
            Long id = Long.valueOf(event.getRouteParameters().get("id").orElseThrow());
            if (rollupLevel == RollupLevel.ALL) {
                throw new IllegalArgumentException(level);
            }
            return Node.of(rollupLevel, id);
        } catch (RuntimeException e) {
            throw new NotFoundException("Attainment", null);
        }
    }

    private int parseYear(String text) {
        int current = attainment.currentYear();
        try {
            int year = text == null ? current : Integer.parseInt(text);
            return year >= current - 10 && year <= current + 1 ? year : current;
        } catch (NumberFormatException e) {
            return current;
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private void build(Period period) {
        Locale locale = getLocale();
        add(breadcrumbs(period), header(period));
        add(new FigureCards(report.figures(), period, locale));
        if (report.figures().completeMonths() < 12) {
            add(new CoverageCards(report.figures(), null, locale));
        }
        if (report.topDown() != null) {
            add(topDown(report.topDown(), period, locale));
        }
        add(charts(report.figures(), locale));
        if (report.node().level() == RollupLevel.TEAM) {
            teamSections
                    .orderedStream()
                    .forEach(section -> section.forTeam(report.node().id()).ifPresent(this::add));
        }
        if (report.node().level() == RollupLevel.CUSTOMER) {
            add(section("attainment.months", months(report.figures(), locale)));
        } else if (report.rows().isEmpty()) {
            add(
                    section(
                            "attainment.level." + report.node().level().below().name(),
                            new Paragraph(getTranslation("attainment.noRows"))));
        } else {
            AttainmentTable table =
                    new AttainmentTable(
                            report, period, locale, row -> navigate(row.node(), period));
            Anchor export =
                    new Anchor(
                            download -> {
                                download.setFileName(
                                        "attainment-"
                                                + report.node().path().replace('/', '-')
                                                + "-"
                                                + period.year()
                                                + ".xlsx");
                                download.setContentType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                                try {
                                    table.exportTo(download.getOutputStream());
                                } catch (java.io.IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            },
                            getTranslation("attainment.export"));
            export.setId("attainment-export");
            export.addClassName("export-link");
            Div section =
                    section("attainment.level." + report.node().level().below().name(), table);
            section.add(new Div(table.picker(), export));
            add(section);
        }
    }

    private Component breadcrumbs(Period period) {
        Div crumbs = new Div();
        crumbs.addClassName("breadcrumbs");
        crumbs.setId("breadcrumbs");
        List<Node> path = report.path();
        for (int i = 0; i < path.size() - 1; i++) {
            Node node = path.get(i);
            Anchor link =
                    new Anchor(
                            url(node, period),
                            getTranslation("attainment.level." + node.level().name())
                                    + ": "
                                    + node.name());
            crumbs.add(link, new Span("›"));
        }
        return crumbs;
    }

    private Component header(Period period) {
        H2 title =
                new H2(
                        report.node().level() == RollupLevel.ALL
                                ? getTranslation("attainment.company")
                                : report.node().name());
        Span level = new Span(getTranslation("attainment.level." + report.node().level().name()));
        level.addClassName("badge");
        Select<Integer> year = new Select<>();
        year.setLabel(getTranslation("attainment.year"));
        int newest = Math.max(attainment.calendarYear(), attainment.currentYear());
        year.setItems(newest, newest - 1, newest - 2);
        year.setValue(period.year());
        year.setId("attainment-year");
        year.addValueChangeListener(
                e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        navigate(report.node(), Period.parse(e.getValue(), period.token()));
                    }
                });
        Select<Period> periodSelect = new Select<>();
        periodSelect.setLabel(getTranslation("attainment.period"));
        periodSelect.setItems(periods(period.year()));
        periodSelect.setItemLabelGenerator(this::label);
        periodSelect.setValue(period);
        periodSelect.setId("attainment-period");
        periodSelect.addValueChangeListener(
                e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        navigate(report.node(), e.getValue());
                    }
                });
        Div controls = new Div(year, periodSelect);
        controls.addClassName("attainment-controls");
        Div heading =
                new Div(title, level, MeasuredThrough.of(report.figures(), period, getLocale()));
        heading.addClassName("attainment-title");
        if (report.node().level() == RollupLevel.CUSTOMER) {
            Anchor customer =
                    new Anchor(
                            "customers/" + report.node().id(),
                            getTranslation("attainment.openCustomer"));
            customer.setId("attainment-open-customer");
            heading.add(customer);
        }
        Div header = new Div(heading, controls);
        header.addClassName("attainment-header");
        return header;
    }

    private static List<Period> periods(int year) {
        List<Period> periods =
                new ArrayList<>(List.of(Period.yearToDate(year), Period.fullYear(year)));
        IntStream.rangeClosed(1, 4).forEach(q -> periods.add(Period.quarter(year, q)));
        IntStream.rangeClosed(1, 12).forEach(m -> periods.add(Period.month(year, m)));
        return periods;
    }

    private String label(Period period) {
        return switch (period.kind()) {
            case YEAR_TO_DATE -> getTranslation("attainment.period.ytd");
            case FULL_YEAR -> getTranslation("attainment.period.year");
            case QUARTER -> getTranslation("attainment.period.quarter", period.number());
            case MONTH ->
                    Month.of(period.number())
                            .getDisplayName(TextStyle.FULL_STANDALONE, getLocale());
        };
    }

    private Component topDown(YearFigures topDown, Period period, Locale locale) {
        var bottomUp =
                report.figures()
                        .figures(Period.fullYear(period.year()), Measure.TOTAL)
                        .fullYearBudget();
        var top = topDown.figures(Period.fullYear(period.year()), Measure.TOTAL).fullYearBudget();
        Paragraph line =
                new Paragraph(
                        getTranslation(
                                "attainment.topDown",
                                Formats.nok(top, locale),
                                Formats.nok(bottomUp, locale),
                                Formats.nok(top.subtract(bottomUp), locale),
                                Formats.percent(
                                        topDown.figures(period, Measure.TOTAL).attainmentPercent(),
                                        locale)));
        line.setId("attainment-top-down");
        line.addClassName("top-down");
        return line;
    }

    private Component charts(YearFigures figures, Locale locale) {
        AttainmentCharts.Labels labels = labels();
        EChart monthly = new EChart();
        monthly.setId("chart-monthly");
        monthly.setOption(AttainmentCharts.monthly(figures, labels, locale));
        EChart cumulative = new EChart();
        cumulative.setId("chart-cumulative");
        cumulative.setOption(AttainmentCharts.cumulative(figures, labels, locale));
        Div monthlyCard = new Div(new H3(getTranslation("attainment.chart.monthly")), monthly);
        monthlyCard.addClassNames("card", "chart-card");
        Div cumulativeCard =
                new Div(new H3(getTranslation("attainment.chart.cumulative")), cumulative);
        cumulativeCard.addClassNames("card", "chart-card");
        Div charts = new Div(monthlyCard, cumulativeCard);
        charts.addClassName("charts");
        return charts;
    }

    AttainmentCharts.Labels labels() {
        return new AttainmentCharts.Labels(
                getTranslation("attainment.measure.PORTFOLIO"),
                getTranslation("attainment.measure.NEW_SALES"),
                getTranslation("attainment.actual"),
                getTranslation("attainment.budget"),
                getTranslation("attainment.lastYear"));
    }

    /** A customer's twelve months: actual portfolio and new sales, budget and last year. */
    private Component months(YearFigures figures, Locale locale) {
        Grid<Integer> grid = new Grid<>();
        grid.addClassName("attainment-months");
        grid.addColumn(m -> Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .setHeader(getTranslation("attainment.month"))
                .setKey("month")
                .setAutoWidth(true);
        grid.addColumn(
                        m ->
                                m > figures.completeMonths()
                                        ? "–"
                                        : Formats.nok(figures.actual(m, Measure.PORTFOLIO), locale))
                .setHeader(getTranslation("attainment.measure.PORTFOLIO"))
                .setKey("portfolio")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(
                        m ->
                                m > figures.completeMonths()
                                        ? "–"
                                        : Formats.nok(figures.actual(m, Measure.NEW_SALES), locale))
                .setHeader(getTranslation("attainment.measure.NEW_SALES"))
                .setKey("newSales")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(m -> Formats.nok(figures.budget(m, Measure.TOTAL), locale))
                .setHeader(getTranslation("attainment.budget"))
                .setKey("budget")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(m -> Formats.nok(figures.lastYear(m, Measure.TOTAL), locale))
                .setHeader(getTranslation("attainment.lastYear"))
                .setKey("lastYear")
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div section(String titleKey, Component content) {
        Div section = new Div(new H3(getTranslation(titleKey)), content);
        section.addClassNames("card", "section");
        return section;
    }

    private void navigate(Node node, Period period) {
        getUI().ifPresent(ui -> open(ui, node, period));
    }

    /** Opens a node's page for a year and period. */
    static void open(UI ui, Node node, Period period) {
        Location location = new Location(url(node, period));
        ui.navigate(location.getPath(), location.getQueryParameters());
    }

    @Override
    public String getPageTitle() {
        String name =
                report == null || report.node().name() == null
                        ? getTranslation("nav.attainment")
                        : report.node().name();
        return name + " – " + getTranslation("app.name");
    }
}
