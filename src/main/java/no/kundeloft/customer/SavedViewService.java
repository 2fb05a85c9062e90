package no.kundeloft.customer;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.RefusedException;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.People;
import no.kundeloft.organisation.Team;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved views of the customer list: mine, and those the leader of my team shared with it. A view
 * keeps only the filters; opening it lists what the user's own scope holds, so sharing one gives
 * nobody more to see.
 */
@Service
@PreAuthorize("isAuthenticated() and !hasRole('ADMIN')")
@Transactional(readOnly = true)
public class SavedViewService {

    public static final int MAX_NAME = 100;
    private static final int MAX_QUERY = 1000;

    private final EntityManager entityManager;
    private final People people;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedViewService(
            EntityManager entityManager, People people, CurrentUser currentUser, Clock clock) {
        this.entityManager = entityManager;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** My views and my team's shared ones, by name. */
    public List<SavedViewItem> views() {
        KundeloftUser user = currentUser.require();
        Employee me = entityManager.find(Employee.class, user.employeeId());
        Long teamId = me.getTeam() == null ? null : me.getTeam().getId();
        return entityManager
                .createQuery(
                        """
                        select v from SavedView v join fetch v.owner left join fetch v.team
                        where v.owner.id = :me or (v.team.id = :team) order by lower(v.name), v.id""",
                        SavedView.class)
                .setParameter("me", user.employeeId())
                .setParameter("team", teamId == null ? -1L : teamId)
                .getResultList()
                .stream()
                .map(
                        v ->
                                new SavedViewItem(
                                        v.getId(),
                                        v.getName(),
                                        v.getQuery(),
                                        v.getTeam() != null,
                                        v.getOwner().getId().equals(user.employeeId()),
                                        v.getOwner().getFullName()))
                .toList();
    }

    /** Whether the user may share views with a team: a team leader, with the team they lead. */
    public boolean mayShare() {
        return sharedTeam() != null;
    }

    /**
     * Saves the list's current filters under a name, shared with the team I lead when asked; a name
     * is mine once.
     */
    @Transactional
    public SavedViewItem save(String name, String query, boolean shareWithTeam) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new ViewRefusedException("views.refused.nameRequired");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new ViewRefusedException("views.refused.nameTooLong", MAX_NAME);
        }
        if (query == null || query.length() > MAX_QUERY) {
            throw new ViewRefusedException("views.refused.tooManyFilters");
        }
        Team team = shareWithTeam ? sharedTeam() : null;
        if (shareWithTeam && team == null) {
            throw new ViewRefusedException("views.refused.notLeader");
        }
        Long me = currentUser.require().employeeId();
        people.lock(List.of(me));
        boolean taken =
                !entityManager
                        .createQuery(
                                "select v.id from SavedView v where v.owner.id = :me and lower(v.name) = lower(:name)",
                                Long.class)
                        .setParameter("me", me)
                        .setParameter("name", trimmed)
                        .getResultList()
                        .isEmpty();
        if (taken) {
            throw new ViewRefusedException("views.refused.nameTaken", trimmed);
        }
        SavedView view =
                new SavedView(
                        entityManager.getReference(Employee.class, me),
                        team,
                        trimmed,
                        query,
                        clock.instant());
        entityManager.persist(view);
        return new SavedViewItem(
                view.getId(), trimmed, query, team != null, true, currentUser.require().fullName());
    }

    /** Deletes one of my views ("not found" for anyone else's). */
    @Transactional
    public void delete(Long id) {
        SavedView view = entityManager.find(SavedView.class, id);
        if (view == null || !view.getOwner().getId().equals(currentUser.require().employeeId())) {
            throw new NotFoundException("View", id);
        }
        entityManager.remove(view);
    }

    private Team sharedTeam() {
        KundeloftUser user = currentUser.require();
        if (user.role() != SalesRole.TEAM_LEADER) {
            return null;
        }
        return entityManager
                .createQuery("select t from Team t where t.leader.id = :me", Team.class)
                .setParameter("me", user.employeeId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** A saved view the rules refuse; nothing was saved. */
    public static class ViewRefusedException extends RefusedException {

        ViewRefusedException(String messageKey, Object... arguments) {
            super(messageKey, arguments);
        }
    }
}
