package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Team;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import org.springframework.stereotype.Component;

/**
 * Who a leader may put on a call list: the teams whose customers it draws from (a leader's
 * department, a manager's, all for admins), the callers (telesales of those teams, meeting bookers
 * serving them) and the sellers meetings are booked for.
 */
@Component
class CallListPeople {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;

    CallListPeople(EntityManager entityManager, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
    }

    List<Team> teams() {
        KundeloftUser user = currentUser.require();
        String where =
                switch (user.role()) {
                    case ADMIN -> "";
                    case SALES_MANAGER -> " where t.department.manager.id = :me";
                    case TEAM_LEADER ->
                            " where t.department.id in (select lt.department.id from Team lt where lt.leader.id = :me)";
                    default -> " where 1 = 0";
                };
        TypedQuery<Team> query =
                entityManager.createQuery(
                        "select t from Team t join fetch t.department" + where, Team.class);
        if (!where.isEmpty() && where.contains(":me")) {
            query.setParameter("me", user.employeeId());
        }
        return query.getResultList();
    }

    List<Employee> callers() {
        KundeloftUser user = currentUser.require();
        String telesales =
                switch (user.role()) {
                    case ADMIN -> "";
                    case SALES_MANAGER -> " and e.team.department.manager.id = :me";
                    case TEAM_LEADER -> " and e.team.leader.id = :me";
                    default -> " and 1 = 0";
                };
        TypedQuery<Employee> query =
                entityManager.createQuery(
                        "select e from Employee e left join fetch e.team"
                                + " where e.active = true and e.role = no.kundeloft.security.SalesRole.TELESALES"
                                + telesales,
                        Employee.class);
        if (telesales.contains(":me")) {
            query.setParameter("me", user.employeeId());
        }
        List<Employee> candidates = new java.util.ArrayList<>(query.getResultList());
        Set<Long> teamIds = teams().stream().map(Team::getId).collect(Collectors.toSet());
        if (!teamIds.isEmpty()) {
            candidates.addAll(
                    entityManager
                            .createQuery(
                                    """
                            select distinct e from Employee e join e.servedTeams s where e.active = true
                            and e.role = no.kundeloft.security.SalesRole.MEETING_BOOKER and s.id in :teams""",
                                    Employee.class)
                            .setParameter("teams", teamIds)
                            .getResultList());
        }
        return candidates;
    }

    List<Employee> sellers(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        """
                        select e from Employee e join fetch e.team t where t.id in :teams and e.active = true
                        and (e.role in (no.kundeloft.security.SalesRole.ACCOUNT_MANAGER, no.kundeloft.security.SalesRole.KEY_ACCOUNT_MANAGER)
                        or e.role = no.kundeloft.security.SalesRole.TEAM_LEADER and t.leader = e and t.leaderHasOwnBudget = true)""",
                        Employee.class)
                .setParameter("teams", teamIds)
                .getResultList();
    }
}
