package no.kundeloft.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import no.kundeloft.task.TaskSource;
import no.kundeloft.task.Tasks;
import org.springframework.stereotype.Component;

/**
 * Who may see, change, join and debrief a visit, for the visit services: the one place that
 * decides, so the commands and the reads cannot disagree.
 */
@Component
final class VisitAccess {

    static final Set<SalesRole> JOINERS =
            Set.of(SalesRole.SALES_DIRECTOR, SalesRole.SALES_MANAGER, SalesRole.TEAM_LEADER);

    private final VisitRepository visits;
    private final CustomerService customers;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Tasks tasks;

    VisitAccess(
            VisitRepository visits,
            CustomerService customers,
            OrganisationService organisation,
            CurrentUser currentUser,
            EntityManager entityManager,
            Clock clock,
            Tasks tasks) {
        this.visits = visits;
        this.customers = customers;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
        this.tasks = tasks;
    }

    Visit requireVisible(Long id) {
        KundeloftUser user = currentUser.require();
        Visit visit = visits.findById(id).orElseThrow(() -> new NotFoundException("Visit", id));
        if (!visible(visit, user)) {
            throw new NotFoundException("Visit", id);
        }
        return visit;
    }

    Visit lockedVisible(Long id) {
        Visit visit = visits.lockById(id).orElseThrow(() -> new NotFoundException("Visit", id));
        if (!visible(visit, currentUser.require())) {
            throw new NotFoundException("Visit", id);
        }
        return visit;
    }

    Visit lockedForHost(Long id, KundeloftUser user, long version) {
        Visit visit = lockedVisible(id);
        if (!visit.getHost().getId().equals(user.employeeId())) {
            throw new VisitRefusedException("visit.refused.onlyHost");
        }
        if (visit.getStatus() == VisitStatus.CANCELLED) {
            throw new VisitRefusedException("visit.refused.cancelled");
        }
        if (visit.getVersion() != version) {
            throw new VisitRefusedException(
                    "visit.refused.changed",
                    Objects.toString(visit.getUpdatedBy(), ""),
                    visit.getUpdatedAt());
        }
        return visit;
    }

    boolean visible(Visit visit, KundeloftUser user) {
        boolean bookedByMe =
                visit.getBookedBy() != null
                        && visit.getBookedBy().getId().equals(user.employeeId());
        if (bookedByMe || user.role() == SalesRole.MEETING_BOOKER) {
            return bookedByMe;
        }
        if (visit.getHost().getId().equals(user.employeeId())
                || visit.participant(user.employeeId()).isPresent()) {
            return true;
        }
        try {
            customers.requireVisible(visit.getCustomer().getId());
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    VisitDetails details(Visit visit) {
        KundeloftUser user = currentUser.require();
        boolean host = visit.getHost().getId().equals(user.employeeId());
        boolean answer =
                host
                        && visit.getParticipants().stream()
                                .anyMatch(p -> p.getStatus() == ParticipantStatus.REQUESTED);
        return VisitDetails.of(
                visit,
                tasks.rowsOf(TaskSource.VISIT, visit.getId()),
                new VisitDetails.Actions(
                        host && visit.getStatus() != VisitStatus.CANCELLED,
                        mayRequestToJoin(visit, user),
                        answer,
                        mayDebrief(visit, user)));
    }

    boolean mayRequestToJoin(Visit visit, KundeloftUser user) {
        return JOINERS.contains(user.role())
                && visit.getStatus() == VisitStatus.PLANNED
                && visit.getStartsAt().isAfter(clock.instant())
                && !visit.getHost().getId().equals(user.employeeId())
                && visit.participant(user.employeeId())
                        .filter(p -> p.getStatus() != ParticipantStatus.DECLINED)
                        .isEmpty();
    }

    boolean mayDebrief(Visit visit, KundeloftUser user) {
        return visit.getStatus() != VisitStatus.CANCELLED
                && !visit.getStartsAt().isAfter(clock.instant())
                && visit.participant(user.employeeId())
                        .filter(p -> p.getStatus() == ParticipantStatus.ACCEPTED)
                        .isPresent();
    }

    Employee me(KundeloftUser user) {
        return entityManager.getReference(Employee.class, user.employeeId());
    }

    /**
     * Who the current user may name as host: themselves as a seller, or sellers of the teams in
     * their scope.
     */
    List<HostOption> possibleHosts() {
        KundeloftUser user = currentUser.require();
        RecordScope scope = organisation.currentScope();
        if (scope.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query =
                entityManager
                        .createQuery(
                                """
                select e.id, e.fullName, t.name from Employee e join e.team t
                where e.active = true and e.role in :roles"""
                                        + inScope(scope, "e")
                                        + " order by e.fullName",
                                Object[].class)
                        .setParameter("roles", SalesRole.selling());
        scope.bind(query);
        List<HostOption> hosts = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            if (user.role() != SalesRole.MEETING_BOOKER || !row[0].equals(user.employeeId())) {
                hosts.add(new HostOption((Long) row[0], (String) row[1], (String) row[2]));
            }
        }
        return hosts;
    }

    /**
     * The scope's condition on what a seller (an alias or path) owns, to append to a where clause.
     */
    static String inScope(RecordScope scope, String seller) {
        return " and " + scope.jpql(seller);
    }
}
