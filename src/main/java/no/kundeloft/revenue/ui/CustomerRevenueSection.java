package no.kundeloft.revenue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.EChart;
import no.kundeloft.base.ui.Fact;
import no.kundeloft.base.ui.Json;
import no.kundeloft.customer.CustomerDetails;
import no.kundeloft.customer.CustomerPageSection;
import no.kundeloft.revenue.CorrectionItem;
import no.kundeloft.revenue.CustomerRevenue;
import no.kundeloft.revenue.RevenueCorrectionService;
import no.kundeloft.revenue.RevenueService;
import no.kundeloft.security.Roles;
import org.springframework.core.annotation.Order;

/**
 * The customer page's revenue: year to date against the same months last year, growth, whether it
 * counts as new sales, and a chart of each month this year and last year. Not for meeting bookers.
 */
@org.springframework.stereotype.Component
@Order(10)
class CustomerRevenueSection implements CustomerPageSection {

    private final RevenueService revenue;
    private final RevenueCorrectionService corrections;
    private final AuthenticationContext authentication;
    private final Clock clock;

    CustomerRevenueSection(
            RevenueService revenue,
            RevenueCorrectionService corrections,
            AuthenticationContext authentication,
            Clock clock) {
        this.clock = clock;
        this.revenue = revenue;
        this.corrections = corrections;
        this.authentication = authentication;
    }

    @Override
    public Optional<Component> create(CustomerDetails customer) {
        if (authentication.hasRole(Roles.MEETING_BOOKER)) {
            return Optional.empty();
        }
        CustomerRevenue figures = revenue.forCustomer(customer.id());
        Div section = new Div();
        section.addClassNames("card", "section", "customer-revenue");
        section.setId("customer-revenue");
        Locale locale = UI.getCurrent().getLocale();
        section.add(new H3(section.getTranslation("revenue.title")));

        BigDecimal growth = figures.growthPercent();
        Div facts =
                new Div(
                        fact(
                                section,
                                "revenue.ytd",
                                Formats.nok(figures.yearToDate(), locale),
                                "revenue-ytd"),
                        fact(
                                section,
                                "revenue.lastYearSame",
                                Formats.nok(figures.sameMonthsLastYear(), locale),
                                "revenue-last-year"),
                        fact(
                                section,
                                "revenue.growth",
                                Formats.signedPercent(growth, locale),
                                "revenue-growth"),
                        fact(
                                section,
                                "revenue.kind",
                                section.getTranslation("revenue.kind." + figures.kindNow().name()),
                                "revenue-kind"),
                        fact(
                                section,
                                "revenue.through",
                                figures.upTo() == null
                                        ? section.getTranslation(
                                                "revenue.noneLoaded",
                                                String.valueOf(figures.year()))
                                        : Formats.month(figures.upTo(), locale),
                                "revenue-through"));
        facts.addClassName("facts");
        section.add(facts);

        EChart chart = new EChart();
        chart.setOption(option(figures, locale));
        chart.setHeight("16rem");
        chart.setWidthFull();
        section.add(chart);
        if (authentication.hasAnyRole(Roles.SALES_MANAGER, Roles.ADMIN)) {
            Button correct =
                    new Button(
                            section.getTranslation("revenue.correct"),
                            VaadinIcon.EDIT.create(),
                            e ->
                                    new CorrectionDialog(
                                                    customer.id(),
                                                    corrections,
                                                    YearMonth.now(clock),
                                                    () ->
                                                            UI.getCurrent()
                                                                    .refreshCurrentRoute(false))
                                            .open());
            correct.setId("correct-revenue");
            correct.addThemeVariants(ButtonVariant.LUMO_SMALL);
            section.add(correct);
        }
        List<CorrectionItem> history = corrections.history(customer.id());
        if (!history.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("revenue-corrections");
            list.addClassName("revenue-corrections");
            history.forEach(
                    c ->
                            list.add(
                                    new ListItem(
                                            section.getTranslation(
                                                    "revenue.correction",
                                                    c.month()
                                                                    .getMonth()
                                                                    .getDisplayName(
                                                                            TextStyle.SHORT, locale)
                                                            + " "
                                                            + c.month().getYear(),
                                                    c.previousAmount() == null
                                                            ? "–"
                                                            : Formats.nok(
                                                                    c.previousAmount(), locale),
                                                    Formats.nok(c.newAmount(), locale),
                                                    c.reason(),
                                                    c.correctedBy(),
                                                    Formats.dateTime(c.correctedAt(), locale)))));
            section.add(new H4(section.getTranslation("revenue.corrections")), list);
        }
        return Optional.of(section);
    }

    private static Div fact(Div section, String labelKey, String value, String id) {
        Span text = new Span(value);
        text.setId(id);
        return Fact.of(section.getTranslation(labelKey), text);
    }

    /** A bar chart of the twelve months, this year against last year. */
    static String option(CustomerRevenue figures, Locale locale) {
        String months =
                IntStream.rangeClosed(1, 12)
                        .mapToObj(m -> Json.of(Month.of(m).getDisplayName(TextStyle.SHORT, locale)))
                        .collect(Collectors.joining(",", "[", "]"));
        return """
                {"tooltip":{"trigger":"axis"},"legend":{"data":[%s,%s]},"grid":{"left":60,"right":10,"top":30,"bottom":25},
                 "xAxis":{"type":"category","data":%s},"yAxis":{"type":"value"},
                 "series":[{"name":%s,"type":"bar","data":%s,"itemStyle":{"color":"#b8c7dc"}},
                           {"name":%s,"type":"bar","data":%s,"itemStyle":{"color":"#1a5fb4"}}]}"""
                .formatted(
                        Json.of(String.valueOf(figures.year() - 1)),
                        Json.of(String.valueOf(figures.year())),
                        months,
                        Json.of(String.valueOf(figures.year() - 1)),
                        numbers(figures.lastYear()),
                        Json.of(String.valueOf(figures.year())),
                        numbers(figures.thisYear()));
    }

    private static String numbers(List<BigDecimal> amounts) {
        return amounts.stream()
                .map(BigDecimal::toPlainString)
                .collect(Collectors.joining(",", "[", "]"));
    }
}
