package no.kundeloft.stand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import no.kundeloft.base.Formats;
import no.kundeloft.security.Roles;
import no.kundeloft.stand.LeadRow;
import no.kundeloft.stand.LeadService;
import no.kundeloft.stand.StandRoutingService;
import no.kundeloft.stand.StandRow;
import no.kundeloft.stand.StandService;
import no.kundeloft.visit.VisitQueries;

/**
 * {@code /stands}: at today's stand the lead form and the leads taken today; the leads given to the
 * user to follow up; for leaders the team's stands (with their days and leaderboard), the routing
 * of their leads, and the leads nobody has contacted within 48 hours.
 */
@Route("stands")
@RolesAllowed({
    Roles.FIELD_SALES,
    Roles.TELESALES,
    Roles.ACCOUNT_MANAGER,
    Roles.KEY_ACCOUNT_MANAGER,
    Roles.TEAM_LEADER,
    Roles.SALES_MANAGER,
    Roles.SALES_DIRECTOR,
    Roles.ADMIN
})
public class StandsView extends Div implements HasDynamicTitle {

    private final StandService stands;
    private final StandRoutingService routing;
    private final LeadService leads;
    private final LocalDate today;
    private final Div taken = new Div();
    private final Grid<StandRow> grid = new Grid<>();

    public StandsView(
            StandService stands,
            StandRoutingService routing,
            LeadService leads,
            VisitQueries visits) {
        this.routing = routing;
        this.stands = stands;
        this.leads = leads;
        this.today = visits.today();
        addClassNames("visits-view", "stands-view");
        add(new H2(getTranslation("stands.title")));
        List<StandRow> mine = stands.myStandsToday();
        if (!mine.isEmpty()) {
            add(new LeadFormPanel(leads, mine.getFirst(), this::showTaken));
            taken.setId("leads-taken");
            add(taken);
            showTaken();
        }
        add(new FollowUpList(leads));
        if (stands.leadsStands()) {
            standsPart();
            overduePart();
        }
    }

    private void showTaken() {
        taken.removeAll();
        List<LeadRow> rows = leads.takenToday();
        taken.add(new H3(getTranslation("lead.takenToday", rows.size())));
        for (LeadRow row : rows) {
            Paragraph line =
                    new Paragraph(
                            Formats.time(row.takenAt())
                                    + " · "
                                    + row.personName()
                                    + (row.company() == null ? "" : ", " + row.company())
                                    + " → "
                                    + destination(row));
            taken.add(line);
        }
    }

    private void standsPart() {
        Div header = new Div(new H3(getTranslation("stands.list")));
        header.addClassName("visits-header");
        if (stands.mayPlan()) {
            Button add =
                    new Button(
                            getTranslation("stand.new"),
                            VaadinIcon.PLUS.create(),
                            e ->
                                    new StandDialog(
                                                    stands,
                                                    null,
                                                    today,
                                                    () -> grid.getDataProvider().refreshAll())
                                            .open());
            add.setId("stand-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div buttons = new Div(add);
            buttons.addClassName("calls-links");
            stands.teamChoices()
                    .forEach(
                            team -> {
                                Button open =
                                        new Button(
                                                getTranslation("routing.open", team.name()),
                                                e -> new RoutingDialog(routing, team).open());
                                open.setId("routing-" + team.id());
                                buttons.add(open);
                            });
            header.add(buttons);
        }
        grid.setId("stands-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(StandRow::place).setHeader(getTranslation("stand.place")).setFlexGrow(2);
        grid.addColumn(StandRow::teamName)
                .setHeader(getTranslation("stand.team"))
                .setAutoWidth(true);
        grid.addColumn(
                        s ->
                                Formats.date(s.startsOn(), getLocale())
                                        + (s.endsOn().equals(s.startsOn())
                                                ? ""
                                                : " – " + Formats.date(s.endsOn(), getLocale())))
                .setHeader(getTranslation("stand.days"))
                .setAutoWidth(true);
        grid.addColumn(s -> String.join(", ", s.sellers()))
                .setHeader(getTranslation("stand.sellers"))
                .setFlexGrow(2);
        grid.addColumn(StandRow::leads)
                .setHeader(getTranslation("stand.leads"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(StandRow::contacted)
                .setHeader(getTranslation("stand.contacted"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                q -> stands.stands(q.getOffset(), q.getLimit()).stream(),
                q -> (int) stands.count());
        grid.setEmptyStateText(getTranslation("stand.none"));
        grid.addItemClickListener(
                e ->
                        new StandDialog(
                                        stands,
                                        e.getItem(),
                                        today,
                                        () -> grid.getDataProvider().refreshAll())
                                .open());
        grid.setAllRowsVisible(true);
        add(header, grid);
    }

    private void overduePart() {
        List<LeadRow> overdue = stands.notFollowedUp();
        Div part =
                new Div(
                        new H3(
                                getTranslation(
                                        "lead.overdue",
                                        overdue.size(),
                                        StandService.FOLLOW_UP_HOURS)));
        part.setId("leads-overdue");
        if (overdue.isEmpty()) {
            part.add(new Paragraph(getTranslation("lead.noneOverdue")));
        }
        for (LeadRow row : overdue) {
            part.add(
                    new Paragraph(
                            Formats.dateTime(row.takenAt(), getLocale())
                                    + " · "
                                    + row.place()
                                    + " · "
                                    + row.personName()
                                    + (row.company() == null ? "" : ", " + row.company())
                                    + " → "
                                    + destination(row)));
        }
        add(part);
    }

    /** Where the lead went: a seller, a call list, or nobody yet. */
    private String destination(LeadRow row) {
        return row.routedTo() != null
                ? row.routedTo()
                : row.callListName() != null ? row.callListName() : getTranslation("lead.unrouted");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stands.title") + " – " + getTranslation("app.name");
    }
}
