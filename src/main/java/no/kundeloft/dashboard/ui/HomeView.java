package no.kundeloft.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import no.kundeloft.attainment.AttainmentReport;
import no.kundeloft.attainment.AttainmentService;
import no.kundeloft.attainment.YearFigures;
import no.kundeloft.attainment.ui.AttainmentSummary;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.ui.CustomerListView;
import no.kundeloft.dashboard.DashboardService;
import no.kundeloft.dashboard.HomeSummary;
import no.kundeloft.organisation.OrganisationWarning;
import no.kundeloft.organisation.TeamSummary;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.Roles;
import no.kundeloft.task.TaskService;
import no.kundeloft.task.ui.MyTasksCard;
import no.kundeloft.visit.VisitReports;
import no.kundeloft.visit.ui.OverdueVisitsCard;

/** The home page: my scope in figures, my teams, and the warnings I should act on. */
@Route("")
@PermitAll
public class HomeView extends Div implements HasDynamicTitle {

    private static final int OVERDUE_SHOWN = 8;

    /**
     * From this many loaded months on (September, with last month loaded), the home page also sets
     * next year's budget against the pipeline.
     */
    private static final int LATE_IN_THE_YEAR = 8;

    public HomeView(
            DashboardService dashboard,
            CurrentUser currentUser,
            AttainmentService attainment,
            VisitReports visits,
            TaskService tasks,
            AuthenticationContext authentication) {
        addClassName("home-view");
        HomeSummary summary = dashboard.home();
        String firstName = currentUser.require().fullName().split(" ")[0];
        add(new H2(getTranslation("home.greeting", firstName)));

        if (!summary.warnings().isEmpty()) {
            add(warnings(summary));
        }
        if (!authentication.hasRole(Roles.ADMIN)) {
            add(new MyTasksCard(tasks, OVERDUE_SHOWN));
        }
        Div figures =
                new Div(
                        figure("home.customers", summary.customers(), CustomerListView.class),
                        figure("home.keyCustomers", summary.keyCustomers(), null));
        figures.addClassName("figures");
        add(figures);
        if (!authentication.hasRole(Roles.MEETING_BOOKER)) {
            attainment
                    .myTop()
                    .ifPresent(
                            top -> {
                                int year = attainment.currentYear();
                                int calendarYear = attainment.calendarYear();
                                AttainmentReport report = attainment.report(top, year);
                                YearFigures newYear =
                                        year < calendarYear
                                                ? attainment.report(top, calendarYear).figures()
                                                : null;
                                YearFigures following =
                                        report.figures().completeMonths() < LATE_IN_THE_YEAR
                                                ? null
                                                : newYear != null
                                                        ? newYear
                                                        : attainment
                                                                .report(top, year + 1)
                                                                .figures();
                                add(new AttainmentSummary(report, newYear, following, getLocale()));
                            });
        }
        if (!authentication.hasAnyRole(Roles.MEETING_BOOKER, Roles.ADMIN)) {
            add(new OverdueVisitsCard(visits.overdueForVisit(OVERDUE_SHOWN)));
        }
        add(teams(summary));
    }

    private Component figure(String labelKey, long value, Class<CustomerListView> link) {
        Span number = new Span(Formats.number(value, getLocale()));
        number.addClassName("figure-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Div card = new Div(number, label);
        card.addClassNames("card", "figure");
        if (link != null) {
            card.add(new RouterLink(getTranslation("home.openCustomers"), link));
        }
        return card;
    }

    private Component warnings(HomeSummary summary) {
        Div box = new Div();
        box.addClassName("warnings");
        box.setId("warnings");
        for (OrganisationWarning warning : summary.warnings()) {
            Div line =
                    new Div(
                            VaadinIcon.WARNING.create(),
                            new Span(
                                    getTranslation(
                                            "warning." + warning.kind().name(),
                                            warning.subject(),
                                            warning.actual(),
                                            warning.min(),
                                            warning.max())));
            line.addClassName("warning");
            box.add(line);
        }
        return box;
    }

    private Component teams(HomeSummary summary) {
        Div section =
                new Div(
                        new H3(
                                getTranslation(
                                        summary.teams().size() == 1
                                                ? "home.myTeam"
                                                : "home.myTeams")));
        section.addClassName("teams");
        if (summary.teams().isEmpty()) {
            section.add(new Paragraph(getTranslation("home.noTeam")));
            return section;
        }
        for (TeamSummary team : summary.teams()) {
            Div card = new Div();
            card.addClassNames("card", "team-card");
            card.add(new Span(team.name()));
            card.add(line("home.team.department", team.departmentName()));
            card.add(
                    line(
                            "home.team.leader",
                            team.leaderName() == null
                                    ? getTranslation("home.team.noLeader")
                                    : team.leaderName()));
            card.add(line("home.team.sellers", Formats.number(team.sellers(), getLocale())));
            card.add(
                    line(
                            "home.team.ownBudget",
                            getTranslation(
                                    team.leaderHasOwnBudget() ? "common.yes" : "common.no")));
            section.add(card);
        }
        return section;
    }

    private Component line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        Div line = new Div(label, new Span(value));
        line.addClassName("line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " – " + getTranslation("app.name");
    }
}
