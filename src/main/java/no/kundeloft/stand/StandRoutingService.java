package no.kundeloft.stand;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.calling.CallList;
import no.kundeloft.calling.PersonChoice;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Team;
import no.kundeloft.organisation.TeamOption;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Where a stand team's leads go: rules in order (postal code, sector, industry → an account manager
 * of the department) and what happens to the rest (in turn, or a call list of the team's leader).
 * Read by the team's planners; set by leaders.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated() and !hasRole('MEETING_BOOKER')")
@Transactional(readOnly = true)
public class StandRoutingService {

    private final EntityManager entityManager;
    private final PlannableTeams teams;
    private final Clock clock;

    StandRoutingService(EntityManager entityManager, PlannableTeams teams, Clock clock) {
        this.entityManager = entityManager;
        this.teams = teams;
        this.clock = clock;
    }

    /** The stand team's routing, as its form. */
    public RoutingForm routing(Long teamId) {
        teams.require(teamId);
        LeadRouting routing = entityManager.find(LeadRouting.class, teamId);
        List<RoutingForm.Rule> rules =
                rules(teamId).stream()
                        .map(
                                r ->
                                        new RoutingForm.Rule(
                                                r.getKind(),
                                                r.getMatchValue(),
                                                r.getSeller().getId()))
                        .toList();
        return routing == null
                ? new RoutingForm(LeadRouting.Fallback.ROUND_ROBIN, null, rules)
                : new RoutingForm(
                        routing.getFallback(),
                        routing.getCallList() == null ? null : routing.getCallList().getId(),
                        rules);
    }

    /** The account managers of the team's department that rules may give leads to. */
    @PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','ADMIN')")
    public List<no.kundeloft.calling.PersonChoice> routingSellers(Long teamId) {
        Team team = teams.require(teamId);
        return LeadRouter.departmentSellers(entityManager, team).stream()
                .map(e -> new PersonChoice(e.getId(), e.getFullName(), e.getTeam().getName()))
                .toList();
    }

    /** The running call lists of the team's leader that leads may go to. */
    @PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','ADMIN')")
    public List<TeamOption> routingLists(Long teamId) {
        Team team = teams.require(teamId);
        return entityManager
                .createQuery(
                        """
                        select l from CallList l where l.stoppedAt is null and l.endsOn >= :today
                        and (l.owner = :leader or l.owner = :manager) order by l.name""",
                        CallList.class)
                .setParameter("today", LocalDate.now(clock.withZone(Formats.ZONE)))
                .setParameter("leader", team.getLeader())
                .setParameter("manager", team.getDepartment().getManager())
                .getResultList()
                .stream()
                .map(l -> new TeamOption(l.getId(), l.getName(), ""))
                .toList();
    }

    /** Sets the team's rules (in order) and where the rest of its leads go. */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','ADMIN')")
    public RoutingForm setRouting(Long teamId, @Valid @NotNull RoutingForm form) {
        Team team = teams.require(teamId);
        entityManager.lock(team, LockModeType.PESSIMISTIC_WRITE);
        Map<Long, Employee> sellers =
                LeadRouter.departmentSellers(entityManager, team).stream()
                        .collect(Collectors.toMap(Employee::getId, e -> e));
        CallList list = null;
        if (form.fallback() == LeadRouting.Fallback.CALL_LIST) {
            Long listId = form.callListId();
            if (listId == null
                    || routingLists(teamId).stream().noneMatch(l -> l.id().equals(listId))) {
                throw new LeadRefusedException("stand.refused.callList");
            }
            list = entityManager.find(CallList.class, listId);
        }
        for (RoutingForm.Rule rule : form.rules()) {
            if (!sellers.containsKey(rule.sellerId())) {
                throw new LeadRefusedException("stand.refused.ruleSeller");
            }
            if (rule.kind() == LeadRule.Kind.SECTOR
                    && !Set.of("PUBLIC", "PRIVATE").contains(rule.value())) {
                throw new LeadRefusedException("stand.refused.ruleSector");
            }
        }
        rules(teamId).forEach(entityManager::remove);
        entityManager.flush();
        int position = 1;
        for (RoutingForm.Rule rule : form.rules()) {
            entityManager.persist(
                    new LeadRule(
                            teamId,
                            position++,
                            rule.kind(),
                            rule.value().strip(),
                            sellers.get(rule.sellerId())));
        }
        LeadRouting routing = entityManager.find(LeadRouting.class, teamId);
        if (routing == null) {
            routing = new LeadRouting(teamId);
            routing.set(form.fallback(), list);
            entityManager.persist(routing);
        } else {
            routing.set(form.fallback(), list);
        }
        return form;
    }

    private List<LeadRule> rules(Long teamId) {
        return entityManager
                .createQuery(
                        "select r from LeadRule r join fetch r.seller where r.teamId = :team order by r.position",
                        LeadRule.class)
                .setParameter("team", teamId)
                .getResultList();
    }
}
