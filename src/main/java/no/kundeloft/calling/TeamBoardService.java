package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Team;
import no.kundeloft.organisation.TeamOption;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.visit.FeedTokens;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The telesales team board: per telesales seller of a team, calls, conversations, meetings and
 * orders today, this week or this month against the team's daily targets. The team's sellers and
 * leader see it, and the sales manager and director above; the leader (or the manager) sets the
 * targets and opens or turns off the board's address for a wall screen, where it is read with the
 * token alone.
 */
@Service
@Validated
@PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','SALES_DIRECTOR','ADMIN','TELESALES')")
@Transactional(readOnly = true)
public class TeamBoardService {

    private static final Set<CallOutcome> CONVERSATIONS =
            Set.of(
                    CallOutcome.REACHED,
                    CallOutcome.NOT_INTERESTED,
                    CallOutcome.CALL_BACK,
                    CallOutcome.MEETING_BOOKED,
                    CallOutcome.ORDER);

    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final Clock clock;

    TeamBoardService(EntityManager entityManager, CurrentUser currentUser, Clock clock) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The telesales teams whose board the user may see: their own, those they lead, their
     * department's or division's.
     */
    public List<TeamOption> teams() {
        return visibleTeams().stream()
                .map(t -> new TeamOption(t.getId(), t.getName(), t.getDepartment().getName()))
                .toList();
    }

    public TeamBoard board(Long teamId, @NotNull BoardPeriod period) {
        return boardOf(requireVisible(teamId), period);
    }

    /**
     * Whether the user sets the team's targets and its wall-screen address: its leader, the sales
     * manager above, an admin.
     */
    public boolean mayManage(Long teamId) {
        Team team = requireVisible(teamId);
        KundeloftUser user = currentUser.require();
        return switch (user.role()) {
            case ADMIN -> true;
            case TEAM_LEADER ->
                    team.getLeader() != null && team.getLeader().getId().equals(user.employeeId());
            case SALES_MANAGER ->
                    team.getDepartment().getManager() != null
                            && team.getDepartment().getManager().getId().equals(user.employeeId());
            default -> false;
        };
    }

    @Transactional
    public Targets setTargets(Long teamId, @Valid @NotNull Targets targets) {
        Team team = lockManaged(teamId);
        CallTarget target = entityManager.find(CallTarget.class, team.getId());
        boolean fresh = target == null;
        if (fresh) {
            target = new CallTarget(team.getId());
        }
        target.set(targets, currentUser.require().fullName(), clock.instant());
        if (fresh) {
            entityManager.persist(target);
        }
        return targets;
    }

    /** When the team's wall-screen address was made, if it has one. */
    public Optional<Instant> wallAddressSince(Long teamId) {
        requireVisible(teamId);
        return address(teamId).map(BoardAddress::getCreatedAt);
    }

    /**
     * A new wall-screen address for the team (the token, shown once); an earlier one stops working.
     */
    @Transactional
    public String newWallAddress(Long teamId) {
        Team team = lockManaged(teamId);
        address(teamId).ifPresent(entityManager::remove);
        entityManager.flush();
        String token = FeedTokens.newToken();
        entityManager.persist(
                new BoardAddress(
                        team,
                        FeedTokens.fingerprint(token),
                        entityManager.getReference(
                                Employee.class, currentUser.require().employeeId()),
                        clock.instant()));
        return token;
    }

    @Transactional
    public void turnOffWallAddress(Long teamId) {
        lockManaged(teamId);
        address(teamId).ifPresent(entityManager::remove);
    }

    /**
     * Today's board of the team whose wall-screen address carries this token; empty for an unknown
     * or turned-off one.
     */
    @PreAuthorize("permitAll()")
    public Optional<TeamBoard> wallBoard(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return entityManager
                .createQuery(
                        "select a from BoardAddress a join fetch a.team where a.tokenHash = :hash",
                        BoardAddress.class)
                .setParameter("hash", FeedTokens.fingerprint(token))
                .getResultList()
                .stream()
                .findFirst()
                .map(address -> boardOf(address.getTeam(), BoardPeriod.TODAY));
    }

    private TeamBoard boardOf(Team team, BoardPeriod period) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        LocalDate from =
                switch (period) {
                    case TODAY -> today;
                    case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    case MONTH -> today.withDayOfMonth(1);
                };
        int workdays =
                (int)
                        from.datesUntil(today.plusDays(1))
                                .filter(
                                        d ->
                                                d.getDayOfWeek() != DayOfWeek.SATURDAY
                                                        && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                                .count();
        List<Employee> sellers =
                entityManager
                        .createQuery(
                                "select e from Employee e where e.team = :team and e.active = true"
                                        + " and e.role = no.kundeloft.security.SalesRole.TELESALES order by e.fullName",
                                Employee.class)
                        .setParameter("team", team)
                        .getResultList();
        Map<Long, Targets> done = new HashMap<>();
        if (!sellers.isEmpty()) {
            for (Object[] row :
                    entityManager
                            .createQuery(
                                    """
                            select a.author.id, count(a),
                            sum(case when a.outcome in :conversations then 1 else 0 end),
                            sum(case when a.outcome = no.kundeloft.customer.CallOutcome.MEETING_BOOKED then 1 else 0 end),
                            sum(case when a.outcome = no.kundeloft.customer.CallOutcome.ORDER then 1 else 0 end)
                            from CustomerActivity a where a.kind = no.kundeloft.customer.ActivityKind.CALL and a.author in :sellers
                            and a.occurredAt >= :from and a.occurredAt < :to group by a.author.id""",
                                    Object[].class)
                            .setParameter("conversations", CONVERSATIONS)
                            .setParameter("sellers", sellers)
                            .setParameter("from", from.atStartOfDay(Formats.ZONE).toInstant())
                            .setParameter(
                                    "to", today.plusDays(1).atStartOfDay(Formats.ZONE).toInstant())
                            .getResultList()) {
                done.put(
                        (Long) row[0],
                        new Targets(
                                number(row[1]), number(row[2]), number(row[3]), number(row[4])));
            }
        }
        Targets none = new Targets(0, 0, 0, 0);
        CallTarget target = entityManager.find(CallTarget.class, team.getId());
        return new TeamBoard(
                team.getId(),
                team.getName(),
                period,
                from,
                today,
                workdays,
                target == null ? Targets.USUAL : target.targets(),
                sellers.stream()
                        .map(
                                e ->
                                        new TeamBoard.Row(
                                                e.getId(),
                                                e.getFullName(),
                                                done.getOrDefault(e.getId(), none)))
                        .toList());
    }

    private List<Team> visibleTeams() {
        KundeloftUser user = currentUser.require();
        String where =
                switch (user.role()) {
                    case ADMIN -> "";
                    case TEAM_LEADER -> " and t.leader.id = :me";
                    case TELESALES ->
                            " and t.id = (select m.team.id from Employee m where m.id = :me)";
                    case SALES_MANAGER -> " and t.department.manager.id = :me";
                    case SALES_DIRECTOR -> " and t.department.division.director.id = :me";
                    default -> " and 1 = 0";
                };
        var query =
                entityManager.createQuery(
                        """
                select t from Team t join fetch t.department where exists (select 1 from Employee e where e.team = t and e.active = true
                and e.role = no.kundeloft.security.SalesRole.TELESALES)"""
                                + where
                                + " order by t.name",
                        Team.class);
        if (where.contains(":me")) {
            query.setParameter("me", user.employeeId());
        }
        return query.getResultList();
    }

    private Team requireVisible(Long teamId) {
        return visibleTeams().stream()
                .filter(t -> t.getId().equals(teamId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Team", teamId));
    }

    private Team lockManaged(Long teamId) {
        if (!mayManage(teamId)) {
            throw new NotFoundException("Team", teamId);
        }
        // the team locked, so two leaders setting targets or addresses at once do not both insert
        return entityManager.find(Team.class, teamId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<BoardAddress> address(Long teamId) {
        return entityManager
                .createQuery(
                        "select a from BoardAddress a where a.team.id = :team", BoardAddress.class)
                .setParameter("team", teamId)
                .getResultList()
                .stream()
                .findFirst();
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
