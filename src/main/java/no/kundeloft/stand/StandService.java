package no.kundeloft.stand;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Stands as leaders plan and follow them: the team leader (or the sales manager above, or an admin)
 * sets up a stand of the team, who works it and where the team's leads go; the team sees its
 * stands; leaders above read them. Per stand and day the leads, how many were contacted, and the
 * meetings and orders that followed; a leaderboard; and the leads in the leader's area that nobody
 * contacted within {@value #FOLLOW_UP_HOURS} hours.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated() and !hasRole('MEETING_BOOKER')")
@Transactional(readOnly = true)
public class StandService {

    public static final int FOLLOW_UP_HOURS = 48;

    private final EntityManager entityManager;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final PlannableTeams teams;
    private final Clock clock;

    StandService(
            EntityManager entityManager,
            OrganisationService organisation,
            CurrentUser currentUser,
            PlannableTeams teams,
            Clock clock) {
        this.teams = teams;
        this.entityManager = entityManager;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the user plans stands (team leaders, sales managers, admins). */
    public boolean mayPlan() {
        return Set.of(SalesRole.TEAM_LEADER, SalesRole.SALES_MANAGER, SalesRole.ADMIN)
                .contains(currentUser.require().role());
    }

    /**
     * Whether the user leads stand teams or the area above them (team leaders, sales managers,
     * directors, admins).
     */
    public boolean leadsStands() {
        return Set.of(
                        SalesRole.TEAM_LEADER,
                        SalesRole.SALES_MANAGER,
                        SalesRole.SALES_DIRECTOR,
                        SalesRole.ADMIN)
                .contains(currentUser.require().role());
    }

    /** The stands the user sees, the latest first. */
    public List<StandRow> stands(int offset, int limit) {
        List<Stand> stands =
                visible("select s", " order by s.startsOn desc, s.id desc", Stand.class)
                        .setFirstResult(offset)
                        .setMaxResults(limit)
                        .getResultList();
        return rows(stands);
    }

    public long count() {
        return visible("select count(s)", "", Long.class).getSingleResult();
    }

    /** The stands the user works today. */
    public List<StandRow> myStandsToday() {
        LocalDate today = today();
        return rows(
                entityManager
                        .createQuery(
                                """
                        select s from Stand s join s.sellers e where e.id = :me and s.startsOn <= :today and s.endsOn >= :today
                        order by s.place""",
                                Stand.class)
                        .setParameter("me", currentUser.require().employeeId())
                        .setParameter("today", today)
                        .getResultList());
    }

    @PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','ADMIN')")
    public List<TeamOption> teamChoices() {
        return teams.all().stream()
                .map(t -> new TeamOption(t.getId(), t.getName(), t.getDepartment().getName()))
                .toList();
    }

    /** Who of the team may work a stand: its active members. */
    @PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','ADMIN')")
    public List<no.kundeloft.calling.PersonChoice> sellerChoices(Long teamId) {
        Team team = teams.require(teamId);
        return members(team).stream()
                .map(
                        e ->
                                new no.kundeloft.calling.PersonChoice(
                                        e.getId(), e.getFullName(), team.getName()))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','ADMIN')")
    public StandRow plan(@Valid @NotNull StandForm form) {
        Team team = teams.require(form.teamId());
        Stand stand =
                new Stand(
                        team,
                        entityManager.getReference(
                                Employee.class, currentUser.require().employeeId()),
                        clock.instant());
        describe(stand, team, form);
        entityManager.persist(stand);
        return rows(List.of(stand)).getFirst();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','ADMIN')")
    public StandRow change(Long standId, @Valid @NotNull StandForm form) {
        Stand stand = requireVisible(standId);
        Team team = teams.require(stand.getTeam().getId());
        if (!team.getId().equals(form.teamId())) {
            throw new LeadRefusedException("stand.refused.team");
        }
        describe(stand, team, form);
        entityManager.flush();
        return rows(List.of(stand)).getFirst();
    }

    /**
     * The stand's days so far: leads, contacted, and the meetings and orders at the customers they
     * became.
     */
    public List<StandDay> days(Long standId) {
        Stand stand = requireVisible(standId);
        Map<LocalDate, long[]> days = new java.util.TreeMap<>();
        for (Object[] row :
                entityManager
                        .createQuery(
                                """
                        select l.takenAt, l.contactedAt,
                        (select count(v) from Visit v where v.customer = l.customer and v.startsAt >= l.takenAt
                         and v.status <> no.kundeloft.visit.VisitStatus.CANCELLED),
                        (select count(d) from Deal d where d.customer = l.customer and d.closedOn >= l.stand.startsOn
                         and d.stage.outcome = no.kundeloft.pipeline.StageOutcome.WON)
                        from Lead l where l.stand = :stand""",
                                Object[].class)
                        .setParameter("stand", stand)
                        .getResultList()) {
            LocalDate day = LocalDate.ofInstant((Instant) row[0], Formats.ZONE);
            long[] figures = days.computeIfAbsent(day, d -> new long[4]);
            figures[0]++;
            figures[1] += row[1] == null ? 0 : 1;
            figures[2] += ((Number) row[2]).longValue() > 0 ? 1 : 0;
            figures[3] += ((Number) row[3]).longValue() > 0 ? 1 : 0;
        }
        return days.entrySet().stream()
                .map(
                        e ->
                                new StandDay(
                                        e.getKey(),
                                        e.getValue()[0],
                                        e.getValue()[1],
                                        e.getValue()[2],
                                        e.getValue()[3]))
                .toList();
    }

    /** The stand's sellers by leads taken (and qualified), most first. */
    public List<LeaderboardRow> leaderboard(Long standId) {
        Stand stand = requireVisible(standId);
        return entityManager
                .createQuery(
                        """
                        select new no.kundeloft.stand.LeaderboardRow(l.takenBy.fullName, count(l),
                        sum(case when l.state = no.kundeloft.stand.LeadState.QUALIFIED then 1 else 0 end))
                        from Lead l where l.stand = :stand group by l.takenBy.fullName order by count(l) desc, l.takenBy.fullName""",
                        LeaderboardRow.class)
                .setParameter("stand", stand)
                .getResultList();
    }

    /**
     * Leads of stands in the leader's area that nobody has contacted within 48 hours, the oldest
     * first.
     */
    @PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','SALES_DIRECTOR','ADMIN')")
    public List<LeadRow> notFollowedUp() {
        Instant before = clock.instant().minus(Duration.ofHours(FOLLOW_UP_HOURS));
        RecordScope scope = organisation.currentScope();
        TypedQuery<Lead> query =
                entityManager
                        .createQuery(
                                "select l from Lead l join fetch l.stand s join fetch l.takenBy"
                                        + " left join fetch l.routedTo left join fetch l.callList where l.state = no.kundeloft.stand.LeadState.NEW"
                                        + " and l.takenAt < :before and "
                                        + scope.jpql(RecordScope.Level.TEAMS, "s.team")
                                        + " order by l.takenAt",
                                Lead.class)
                        .setParameter("before", before);
        return scope.bind(query).getResultList().stream().map(LeadService::row).toList();
    }

    private void describe(Stand stand, Team team, StandForm form) {
        if (form.endsOn().isBefore(form.startsOn())) {
            throw new LeadRefusedException("stand.refused.period");
        }
        Map<Long, Employee> members =
                members(team).stream().collect(Collectors.toMap(Employee::getId, e -> e));
        if (!members.keySet().containsAll(form.sellerIds())) {
            throw new LeadRefusedException("stand.refused.sellers");
        }
        stand.describe(
                form.place(),
                form.startsOn(),
                form.endsOn(),
                form.sellerIds().stream().map(members::get).collect(Collectors.toSet()));
    }

    private List<Employee> members(Team team) {
        return entityManager
                .createQuery(
                        "select e from Employee e where e.team = :team and e.active = true order by e.fullName",
                        Employee.class)
                .setParameter("team", team)
                .getResultList();
    }

    private <T> TypedQuery<T> visible(String select, String order, Class<T> type) {
        KundeloftUser user = currentUser.require();
        if (user.role().isSeller()) {
            return entityManager
                    .createQuery(
                            select
                                    + " from Stand s where s.team.id = (select m.team.id from Employee m where m.id = :me)"
                                    + order,
                            type)
                    .setParameter("me", user.employeeId());
        }
        RecordScope scope = organisation.currentScope();
        return scope.bind(
                entityManager.createQuery(
                        select
                                + " from Stand s where "
                                + scope.jpql(RecordScope.Level.TEAMS, "s.team")
                                + order,
                        type));
    }

    Stand requireVisible(Long standId) {
        Stand stand = entityManager.find(Stand.class, standId);
        if (stand == null
                || visible("select s", " and s.id = :id", Stand.class)
                        .setParameter("id", standId)
                        .getResultList()
                        .isEmpty()) {
            throw new NotFoundException("Stand", standId);
        }
        return stand;
    }

    private List<StandRow> rows(List<Stand> stands) {
        if (stands.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row :
                entityManager
                        .createQuery(
                                """
                        select l.stand.id, count(l), sum(case when l.contactedAt is not null then 1 else 0 end)
                        from Lead l where l.stand in :stands group by l.stand.id""",
                                Object[].class)
                        .setParameter("stands", stands)
                        .getResultList()) {
            counts.put(
                    (Long) row[0],
                    new long[] {
                        ((Number) row[1]).longValue(),
                        row[2] == null ? 0 : ((Number) row[2]).longValue()
                    });
        }
        Map<Long, List<String>> sellers = new HashMap<>();
        for (Object[] row :
                entityManager
                        .createQuery(
                                "select s.id, e.fullName from Stand s join s.sellers e where s in :stands order by e.fullName",
                                Object[].class)
                        .setParameter("stands", stands)
                        .getResultList()) {
            sellers.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return stands.stream()
                .map(
                        s -> {
                            long[] c = counts.getOrDefault(s.getId(), new long[2]);
                            return new StandRow(
                                    s.getId(),
                                    s.getTeam().getId(),
                                    s.getTeam().getName(),
                                    s.getPlace(),
                                    s.getStartsOn(),
                                    s.getEndsOn(),
                                    sellers.getOrDefault(s.getId(), List.of()),
                                    c[0],
                                    c[1]);
                        })
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
