package no.kundeloft.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.kundeloft.attainment.AttainmentService;
import no.kundeloft.attainment.Figures;
import no.kundeloft.attainment.Measure;
import no.kundeloft.attainment.Node;
import no.kundeloft.attainment.Period;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.ui.ContactLinks;
import no.kundeloft.base.ui.Fact;
import no.kundeloft.customer.CustomerDetails;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.revenue.CustomerRevenue;
import no.kundeloft.revenue.RevenueService;
import no.kundeloft.revenue.RollupLevel;
import no.kundeloft.security.Roles;
import no.kundeloft.task.TaskRow;
import no.kundeloft.task.TaskService;
import no.kundeloft.visit.BriefingSection;
import no.kundeloft.visit.VisitDetails;
import no.kundeloft.visit.VisitQueries;

/**
 * {@code /visits/{id}/briefing}: one page to read before the visit: the customer and its owner,
 * revenue and growth, the owner's attainment, open follow-ups, the last visits' reports and the key
 * contacts.
 */
@Route("visits/:id(\\d+)/briefing")
@RolesAllowed({
    Roles.ACCOUNT_MANAGER,
    Roles.KEY_ACCOUNT_MANAGER,
    Roles.TELESALES,
    Roles.FIELD_SALES,
    Roles.TEAM_LEADER,
    Roles.SALES_MANAGER,
    Roles.SALES_DIRECTOR
})
public class BriefingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int REPORTS = 3;

    private final VisitQueries visits;
    private final CustomerService customers;
    private final RevenueService revenue;
    private final AttainmentService attainment;
    private final TaskService tasks;
    private String customerName;

    private final List<BriefingSection> extraSections;

    public BriefingView(
            VisitQueries visits,
            CustomerService customers,
            RevenueService revenue,
            AttainmentService attainment,
            TaskService tasks,
            List<BriefingSection> extraSections) {
        this.extraSections = extraSections;
        this.tasks = tasks;
        this.visits = visits;
        this.customers = customers;
        this.revenue = revenue;
        this.attainment = attainment;
        addClassName("briefing-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id =
                event.getRouteParameters()
                        .getLong("id")
                        .orElseThrow(() -> new NotFoundException("Visit", null));
        VisitDetails visit = visits.get(id);
        CustomerDetails customer = customers.get(visit.item().customerId());
        customerName = customer.name();
        removeAll();
        Anchor back = new Anchor("visits/" + id, getTranslation("briefing.back"));
        back.addClassName("back-link");
        add(back, new H2(getTranslation("briefing.title", customer.name())));
        add(section("briefing.customer", customerFacts(customer)));
        add(section("briefing.revenue", revenue(customer)));
        add(section("briefing.followUps", followUps(customer.id())));
        add(section("briefing.reports", reports(customer.id())));
        add(section("briefing.contacts", contacts(customer)));
        extraSections.forEach(extra -> extra.create(customer.id()).ifPresent(this::add));
    }

    private Component customerFacts(CustomerDetails customer) {
        Div facts = new Div();
        facts.addClassName("facts");
        facts.add(fact("customer.owner", customer.ownerName()));
        facts.add(fact("customer.tier", getTranslation("tier." + customer.tier())));
        facts.add(fact("customer.status", getTranslation("status." + customer.status())));
        if (customer.customerSince() != null) {
            facts.add(fact("briefing.since", Formats.date(customer.customerSince(), getLocale())));
        }
        return facts;
    }

    private Component revenue(CustomerDetails customer) {
        CustomerRevenue figures = revenue.forCustomer(customer.id());
        Div facts = new Div();
        facts.addClassName("facts");
        Span ytd = new Span(Formats.nok(figures.yearToDate(), getLocale()));
        ytd.setId("briefing-ytd");
        facts.add(fact("revenue.ytd", ytd));
        facts.add(
                fact(
                        "revenue.lastYearSame",
                        new Span(Formats.nok(figures.sameMonthsLastYear(), getLocale()))));
        Span growth = new Span(Formats.signedPercent(figures.growthPercent(), getLocale()));
        growth.setId("briefing-growth");
        facts.add(fact("revenue.growth", growth));
        facts.add(
                fact(
                        "revenue.kind",
                        new Span(getTranslation("revenue.kind." + figures.kindNow().name()))));
        facts.add(
                fact(
                        "revenue.through",
                        new Span(
                                figures.upTo() == null
                                        ? getTranslation(
                                                "revenue.noneLoaded",
                                                String.valueOf(figures.year()))
                                        : Formats.month(figures.upTo(), getLocale()))));
        ownerAttainment(customer).ifPresent(facts::add);
        return facts;
    }

    /** The owner's attainment this year to date, when the reader may see the owner's figures. */
    private java.util.Optional<Component> ownerAttainment(CustomerDetails customer) {
        try {
            Long ownerId = customers.ownerId(customer.id());
            Figures total =
                    attainment
                            .report(Node.of(RollupLevel.SELLER, ownerId), attainment.currentYear())
                            .figures()
                            .figures(Period.yearToDate(attainment.currentYear()), Measure.TOTAL);
            Span value = new Span(Formats.percent(total.attainmentPercent(), getLocale()));
            value.setId("briefing-owner-attainment");
            return java.util.Optional.of(fact("briefing.ownerAttainment", value));
        } catch (NotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    private Component followUps(Long customerId) {
        List<TaskRow> open = tasks.openAt(customerId);
        Div list = new Div();
        list.setId("briefing-follow-ups");
        if (open.isEmpty()) {
            list.add(new Paragraph(getTranslation("briefing.noFollowUps")));
        }
        open.forEach(
                f ->
                        list.add(
                                new Paragraph(
                                        f.description()
                                                + " — "
                                                + f.assigneeName()
                                                + ", "
                                                + Formats.date(f.dueDate(), getLocale()))));
        return list;
    }

    private Component reports(Long customerId) {
        List<VisitDetails> reports = visits.recentReports(customerId, REPORTS);
        Div list = new Div();
        list.setId("briefing-reports");
        if (reports.isEmpty()) {
            list.add(new Paragraph(getTranslation("briefing.noReports")));
        }
        for (VisitDetails report : reports) {
            Div entry =
                    new Div(
                            new Span(
                                    Formats.dateTime(report.startsAt(), getLocale())
                                            + " · "
                                            + report.item().hostName()),
                            new Paragraph(report.summary()));
            if (report.debrief() != null) {
                entry.add(
                        new Paragraph(
                                getTranslation("visit.debriefTitle") + ": " + report.debrief()));
            }
            entry.addClassName("briefing-report");
            list.add(entry);
        }
        return list;
    }

    private Component contacts(CustomerDetails customer) {
        Div list = new Div();
        if (customer.contacts().isEmpty()) {
            list.add(new Paragraph(getTranslation("briefing.noContacts")));
        }
        customer.contacts().stream()
                .sorted((a, b) -> Boolean.compare(b.primary(), a.primary()))
                .limit(6)
                .forEach(
                        c ->
                                list.add(
                                        new Paragraph(
                                                new Span(
                                                        c.fullName()
                                                                + (c.title() == null
                                                                        ? ""
                                                                        : ", " + c.title())),
                                                new Span(c.phone() == null ? "" : " · "),
                                                ContactLinks.phone(c.phone()),
                                                new Span(c.email() == null ? "" : " · "),
                                                ContactLinks.email(c.email()))));
        return list;
    }

    private Component fact(String labelKey, String value) {
        return fact(labelKey, new Span(value));
    }

    private Component fact(String labelKey, Component value) {
        return Fact.of(getTranslation(labelKey), value);
    }

    private Div section(String titleKey, Component content) {
        Div section = new Div(new H3(getTranslation(titleKey)), content);
        section.addClassNames("card", "section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("briefing.title", customerName == null ? "" : customerName)
                + " – "
                + getTranslation("app.name");
    }
}
