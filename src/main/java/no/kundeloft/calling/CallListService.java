package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.organisation.Team;
import no.kundeloft.organisation.TeamOption;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Call lists as leaders build them and callers find them. A team leader draws on the teams of their
 * own department (a sales manager on their department's, an admin on any), gives the list to
 * telesales sellers of the teams they lead and to meeting bookers serving the teams drawn on, and
 * names the sellers meetings may be booked for. A caller sees the lists given to them; leaders the
 * lists of people in their scope; directors read.
 */
@Service
@Validated
@PreAuthorize(
        "hasAnyRole('TEAM_LEADER','SALES_MANAGER','SALES_DIRECTOR','ADMIN','TELESALES','MEETING_BOOKER')")
@Transactional(readOnly = true)
public class CallListService {

    private static final String BUILDERS = "hasAnyRole('TEAM_LEADER','SALES_MANAGER','ADMIN')";
    private static final Set<SalesRole> CALLERS =
            Set.of(SalesRole.TELESALES, SalesRole.MEETING_BOOKER);

    private final EntityManager entityManager;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CallListRows listRows;
    private final CallListPeople people;
    private final CallListSelections selections;

    CallListService(
            EntityManager entityManager,
            OrganisationService organisation,
            CurrentUser currentUser,
            Clock clock,
            CallListRows listRows,
            CallListPeople people,
            CallListSelections selections) {
        this.selections = selections;
        this.listRows = listRows;
        this.people = people;
        this.entityManager = entityManager;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the current user builds call lists (team leaders, sales managers, admins). */
    public boolean mayBuild() {
        return Set.of(SalesRole.TEAM_LEADER, SalesRole.SALES_MANAGER, SalesRole.ADMIN)
                .contains(currentUser.require().role());
    }

    /**
     * The lists the user sees, newest period first: given to them (callers) or built by someone in
     * their scope.
     */
    public List<CallListRow> rows(int offset, int limit) {
        List<CallList> lists =
                visible("select l", " order by l.endsOn desc, l.id desc", CallList.class)
                        .setFirstResult(offset)
                        .setMaxResults(limit)
                        .getResultList();
        return listRows.of(lists);
    }

    public long count() {
        return visible("select count(l)", "", Long.class).getSingleResult();
    }

    /** The lists the user calls today: given to them and running. */
    public List<CallListRow> myRunning() {
        LocalDate today = today();
        List<CallList> lists =
                entityManager
                        .createQuery(
                                """
                        select l from CallList l join l.callers c where c.id = :me and l.stoppedAt is null
                        and l.startsOn <= :today and l.endsOn >= :today order by l.name""",
                                CallList.class)
                        .setParameter("me", currentUser.require().employeeId())
                        .setParameter("today", today)
                        .getResultList();
        return listRows.of(lists);
    }

    public CallListDetails get(Long id) {
        return details(requireVisible(id));
    }

    /** A new list's form: from today for four weeks, 09–16, tried three times two hours apart. */
    @PreAuthorize(BUILDERS)
    public CallListForm newForm() {
        CallListForm form = new CallListForm();
        form.setStartsOn(today());
        form.setEndsOn(today().plusWeeks(4));
        return form;
    }

    /**
     * The teams the user may draw customers from: their department's (a team leader's), all for an
     * admin.
     */
    @PreAuthorize(BUILDERS)
    public List<TeamOption> teamChoices() {
        return people.teams().stream()
                .sorted(Comparator.comparing(Team::getName))
                .map(t -> new TeamOption(t.getId(), t.getName(), t.getDepartment().getName()))
                .toList();
    }

    /**
     * Who the user may give a list to: telesales sellers of the teams they lead, and meeting
     * bookers serving the teams they may draw on.
     */
    @PreAuthorize(BUILDERS)
    public List<PersonChoice> callerChoices() {
        return people.callers().stream()
                .map(CallListService::choice)
                .sorted(Comparator.comparing(PersonChoice::fullName))
                .toList();
    }

    /**
     * The sellers of the given teams that meetings may be booked for: account managers, key account
     * managers, leaders with an own budget.
     */
    @PreAuthorize(BUILDERS)
    public List<PersonChoice> sellerChoices(Collection<Long> teamIds) {
        return people.sellers(teamIds).stream()
                .map(CallListService::choice)
                .sorted(Comparator.comparing(PersonChoice::fullName))
                .toList();
    }

    @Transactional
    @PreAuthorize(BUILDERS)
    public CallListDetails create(@Valid @NotNull CallListForm form) {
        KundeloftUser user = currentUser.require();
        CallList list =
                new CallList(
                        entityManager.getReference(Employee.class, user.employeeId()),
                        clock.instant());
        apply(list, form);
        entityManager.persist(list);
        return details(list);
    }

    /** Saves the form's changes; refused when someone saved the list after the form was opened. */
    @Transactional
    @PreAuthorize(BUILDERS)
    public CallListDetails update(Long id, @Valid @NotNull CallListForm form) {
        CallList list = lockEditable(id, form.getVersion());
        apply(list, form);
        entityManager.flush();
        return details(list);
    }

    /** Stops a list before its end: nobody gets its contacts any more. */
    @Transactional
    @PreAuthorize(BUILDERS)
    public CallListDetails stop(Long id, long version) {
        CallList list = lockEditable(id, version);
        list.stop(clock.instant());
        entityManager.flush();
        return details(list);
    }

    /**
     * How many contacts a selection would add to the list, and how many it leaves out because they
     * are on it already, asked not to be called or declined.
     */
    @PreAuthorize(BUILDERS)
    public SelectionPreview preview(Long id, @Valid @NotNull ContactSelection selection) {
        return selections.preview(requireEditable(id), selection);
    }

    /**
     * Puts the selection's contacts on the list (those not on it already); returns how many were
     * added.
     */
    @Transactional
    @PreAuthorize(BUILDERS)
    public int addContacts(Long id, @Valid @NotNull ContactSelection selection) {
        return selections.add(requireEditable(id), selection);
    }

    private void apply(CallList list, CallListForm form) {
        if (form.getEndsOn().isBefore(form.getStartsOn())) {
            throw new CallListRefusedException("callList.refused.period");
        }
        if (!form.getCallsUntil().isAfter(form.getCallsFrom())) {
            throw new CallListRefusedException("callList.refused.hours");
        }
        Map<Long, Team> teams =
                people.teams().stream().collect(Collectors.toMap(Team::getId, t -> t));
        if (form.getTeamIds().isEmpty() || !teams.keySet().containsAll(form.getTeamIds())) {
            throw new CallListRefusedException("callList.refused.teams");
        }
        Map<Long, Employee> callers = byId(people.callers());
        if (!callers.keySet().containsAll(form.getCallerIds())) {
            throw new CallListRefusedException("callList.refused.callers");
        }
        Map<Long, Employee> sellers = byId(people.sellers(form.getTeamIds()));
        if (!sellers.keySet().containsAll(form.getSellerIds())) {
            throw new CallListRefusedException("callList.refused.sellers");
        }
        list.describe(
                form,
                pick(teams, form.getTeamIds()),
                pick(callers, form.getCallerIds()),
                pick(sellers, form.getSellerIds()));
    }

    private <T> TypedQuery<T> visible(String select, String order, Class<T> type) {
        KundeloftUser user = currentUser.require();
        if (CALLERS.contains(user.role())) {
            return entityManager
                    .createQuery(
                            select + " from CallList l where :me member of l.callers" + order, type)
                    .setParameter(
                            "me", entityManager.getReference(Employee.class, user.employeeId()));
        }
        RecordScope scope = organisation.currentScope();
        TypedQuery<T> query =
                entityManager
                        .createQuery(
                                select
                                        + " from CallList l where (l.owner.id = :me or "
                                        + scope.jpql("l.owner")
                                        + ")"
                                        + order,
                                type)
                        .setParameter("me", user.employeeId());
        return scope.bind(query);
    }

    private CallList requireVisible(Long id) {
        CallList list = entityManager.find(CallList.class, id);
        if (list == null || !isVisible(list)) {
            throw new NotFoundException("CallList", id);
        }
        return list;
    }

    private boolean isVisible(CallList list) {
        KundeloftUser user = currentUser.require();
        if (CALLERS.contains(user.role())) {
            return list.getCallers().stream().anyMatch(c -> c.getId().equals(user.employeeId()));
        }
        return list.getOwner().getId().equals(user.employeeId())
                || organisation.currentScope().covers(list.getOwner());
    }

    private boolean isEditable(CallList list) {
        KundeloftUser user = currentUser.require();
        return switch (user.role()) {
            case ADMIN -> true;
            case TEAM_LEADER -> list.getOwner().getId().equals(user.employeeId());
            case SALES_MANAGER ->
                    list.getOwner().getId().equals(user.employeeId())
                            || organisation.currentScope().covers(list.getOwner());
            default -> false;
        };
    }

    private CallList requireEditable(Long id) {
        CallList list = requireVisible(id);
        if (!isEditable(list)) {
            throw new NotFoundException("CallList", id);
        }
        return list;
    }

    private CallList lockEditable(Long id, long version) {
        CallList list = entityManager.find(CallList.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (list == null) {
            throw new NotFoundException("CallList", id);
        }
        requireEditable(id);
        if (list.getVersion() != version) {
            throw new CallListRefusedException("callList.refused.changed");
        }
        return list;
    }

    private CallListDetails details(CallList list) {
        CallListForm form = new CallListForm();
        form.setName(list.getName());
        form.setScript(list.getScript());
        form.setStartsOn(list.getStartsOn());
        form.setEndsOn(list.getEndsOn());
        form.setCallsFrom(list.getCallsFrom());
        form.setCallsUntil(list.getCallsUntil());
        form.setRetryMinutes(list.getRetryMinutes());
        form.setMaxTries(list.getMaxTries());
        form.setTeamIds(ids(list.getTeams().stream().map(Team::getId)));
        form.setCallerIds(ids(list.getCallers().stream().map(Employee::getId)));
        form.setSellerIds(ids(list.getSellers().stream().map(Employee::getId)));
        form.setVersion(list.getVersion());
        return new CallListDetails(
                list.getId(),
                form,
                list.statusOn(today()),
                list.getOwner().getFullName(),
                names(list.getTeams().stream().map(Team::getName)),
                names(list.getCallers().stream().map(Employee::getFullName)),
                names(list.getSellers().stream().map(Employee::getFullName)),
                isEditable(list));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private static PersonChoice choice(Employee e) {
        return new PersonChoice(
                e.getId(), e.getFullName(), e.getTeam() == null ? "" : e.getTeam().getName());
    }

    private static Map<Long, Employee> byId(List<Employee> employees) {
        return employees.stream().collect(Collectors.toMap(Employee::getId, e -> e, (a, b) -> a));
    }

    private static <T> Set<T> pick(Map<Long, T> all, Set<Long> ids) {
        Set<T> picked = new HashSet<>();
        ids.forEach(id -> picked.add(all.get(id)));
        return picked;
    }

    private static Set<Long> ids(java.util.stream.Stream<Long> ids) {
        return ids.collect(Collectors.toSet());
    }

    private static List<String> names(java.util.stream.Stream<String> names) {
        return names.sorted().toList();
    }
}
