package no.kundeloft.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.base.ui.RouteAccess;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.TeamMember;
import no.kundeloft.organisation.TeamSizeRule;
import no.kundeloft.organisation.TeamSummary;
import no.kundeloft.security.Roles;

/**
 * The teams a leader, manager or director oversees: each team's size against its range and each
 * member's portfolio against the limits of their role.
 */
@Route("team")
@RolesAllowed({Roles.TEAM_LEADER, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR})
public class TeamView extends Div implements HasDynamicTitle {

    private final boolean mayHandOver;

    public TeamView(
            OrganisationService organisation,
            CustomerService customers,
            AuthenticationContext authentication) {
        addClassName("team-view");
        mayHandOver = RouteAccess.allows(authentication, HandOverView.class);
        List<TeamSummary> teams = organisation.myTeams();
        if (teams.isEmpty()) {
            add(new Paragraph(getTranslation("team.none")));
        }
        for (TeamSummary team : teams) {
            List<TeamMember> members = organisation.teamMembers(team.id());
            Map<Long, Long> sizes =
                    customers.portfolioSizes(members.stream().map(TeamMember::id).toList());
            add(teamCard(organisation, team, members, sizes));
        }
    }

    private Component teamCard(
            OrganisationService organisation,
            TeamSummary team,
            List<TeamMember> members,
            Map<Long, Long> sizes) {
        TeamSizeRule.Range range = organisation.teamSizeRange(team.leaderHasOwnBudget());
        Span size = new Span(getTranslation("team.size", team.sellers(), range.min(), range.max()));
        size.addClassNames(
                "badge", range.contains(team.sellers()) ? "status-active" : "status-lost");
        Span department = new Span(team.departmentName());
        department.addClassName("team-department");
        Div header = new Div(new H3(team.name()), department, size);
        header.addClassName("team-header");

        Grid<TeamMember> grid = new Grid<>(TeamMember.class, false);
        grid.addColumn(TeamMember::fullName)
                .setHeader(getTranslation("team.member"))
                .setFlexGrow(2)
                .setKey("name");
        grid.addColumn(
                        m ->
                                getTranslation(
                                        m.leader() ? "team.leaderRole" : "role." + m.role().name()))
                .setHeader(getTranslation("team.role"))
                .setAutoWidth(true)
                .setKey("role");
        grid.addColumn(m -> portfolio(organisation, m, sizes))
                .setHeader(getTranslation("team.portfolio"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END)
                .setKey("portfolio");
        if (mayHandOver) {
            grid.addComponentColumn(this::handOverLink)
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setKey("handOver");
        }
        NarrowScreen.hideOnPhone(grid, "role", "handOver");
        grid.setPartNameGenerator(
                m -> isOutsideLimit(organisation, m, sizes) ? "outside-limit" : null);
        grid.setItems(members);
        grid.setAllRowsVisible(true);

        Div card = new Div(header, grid);
        card.addClassNames("card", "section");
        return card;
    }

    /**
     * Sellers' portfolios are handed over from here; a leader's own customers are reassigned from
     * the customer list.
     */
    private Component handOverLink(TeamMember member) {
        if (member.leader()) {
            return new Span();
        }
        RouterLink link =
                new RouterLink(
                        getTranslation("team.handOver"),
                        HandOverView.class,
                        HandOverView.parametersFor(member.id()));
        link.addClassName("hand-over-link");
        return link;
    }

    private String portfolio(
            OrganisationService organisation, TeamMember member, Map<Long, Long> sizes) {
        long size = sizes.getOrDefault(member.id(), 0L);
        return organisation
                .portfolioLimit(member.role())
                .map(
                        limit ->
                                getTranslation(
                                        "team.portfolioOfLimit",
                                        Formats.number(size, getLocale()),
                                        limit.min(),
                                        limit.max()))
                .orElse(Formats.number(size, getLocale()));
    }

    private static boolean isOutsideLimit(
            OrganisationService organisation, TeamMember member, Map<Long, Long> sizes) {
        long size = sizes.getOrDefault(member.id(), 0L);
        return organisation
                .portfolioLimit(member.role())
                .map(l -> size < l.min() || size > l.max())
                .orElse(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.team") + " – " + getTranslation("app.name");
    }
}
