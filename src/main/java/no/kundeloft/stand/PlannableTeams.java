package no.kundeloft.stand;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.organisation.Team;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import org.springframework.stereotype.Component;

/**
 * The teams whose stands and lead routing the user plans: a leader's, a manager's, all for admins.
 */
@Component
class PlannableTeams {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;

    PlannableTeams(EntityManager entityManager, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
    }

    List<Team> all() {
        KundeloftUser user = currentUser.require();
        String where =
                switch (user.role()) {
                    case ADMIN -> "";
                    case TEAM_LEADER -> " where t.leader.id = :me";
                    case SALES_MANAGER -> " where t.department.manager.id = :me";
                    default -> " where 1 = 0";
                };
        TypedQuery<Team> query =
                entityManager.createQuery(
                        "select t from Team t join fetch t.department" + where + " order by t.name",
                        Team.class);
        if (where.contains(":me")) {
            query.setParameter("me", user.employeeId());
        }
        return query.getResultList();
    }

    Team require(Long teamId) {
        return all().stream()
                .filter(t -> t.getId().equals(teamId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Team", teamId));
    }
}
