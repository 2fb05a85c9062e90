package no.kundeloft.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.organisation.OrganisationWarning.Kind;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The current user's place in the organisation: their record scope, their teams, and warnings. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class OrganisationService {

    private final CurrentUser currentUser;
    private final EmployeeRepository employees;
    private final TeamRepository teams;
    private final DepartmentRepository departments;
    private final DivisionRepository divisions;
    private final TeamSizeRule teamSizeRule;
    private final PortfolioLimits portfolioLimits;

    OrganisationService(
            CurrentUser currentUser,
            EmployeeRepository employees,
            TeamRepository teams,
            DepartmentRepository departments,
            DivisionRepository divisions,
            TeamSizeRule teamSizeRule,
            PortfolioLimits portfolioLimits) {
        this.currentUser = currentUser;
        this.employees = employees;
        this.teams = teams;
        this.departments = departments;
        this.divisions = divisions;
        this.teamSizeRule = teamSizeRule;
        this.portfolioLimits = portfolioLimits;
    }

    /**
     * Which customers the current user may see and change (PRODUCT.md, "Record scope"). Read from
     * the database once per request and kept in the request, so every query of one request uses the
     * same scope and a change of role or team counts from the next request on.
     */
    public RecordScope currentScope() {
        KundeloftUser user = currentUser.require();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return readScope(user);
        }
        String key = RecordScope.class.getName() + "#" + user.employeeId() + "#" + user.role();
        if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST)
                instanceof RecordScope scope) {
            return scope;
        }
        RecordScope scope = readScope(user);
        request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
        return scope;
    }

    private RecordScope readScope(KundeloftUser user) {
        Long id = user.employeeId();
        return switch (user.role()) {
            case ADMIN -> RecordScope.all();
            case SALES_DIRECTOR ->
                    new RecordScope(RecordScope.Level.DIVISIONS, divisions.findIdsByDirectorId(id));
            case SALES_MANAGER ->
                    new RecordScope(
                            RecordScope.Level.DEPARTMENTS, departments.findIdsByManagerId(id));
            case TEAM_LEADER ->
                    new RecordScope(RecordScope.Level.TEAMS, teams.findIdsByLeaderId(id));
            case MEETING_BOOKER ->
                    new RecordScope(RecordScope.Level.TEAMS, employees.findServedTeamIds(id));
            case ACCOUNT_MANAGER, KEY_ACCOUNT_MANAGER, TELESALES, FIELD_SALES ->
                    RecordScope.owner(id);
        };
    }

    /** The teams the current user works in or oversees, each with its size; empty for an admin. */
    public List<TeamSummary> myTeams() {
        return teams.summarise(teamIdsOverseen());
    }

    /**
     * The active members of a team the current user oversees, the leader first; a team outside the
     * user's view is reported as not found.
     */
    public List<TeamMember> teamMembers(Long teamId) {
        if (!teamIdsOverseen().contains(teamId)) {
            throw new NotFoundException("Team", teamId);
        }
        Team team = teams.findById(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
        Employee leader = team.getLeader();
        return employees.findActiveByTeamId(teamId).stream()
                .map(e -> new TeamMember(e.getId(), e.getFullName(), e.getRole(), e.equals(leader)))
                .sorted(Comparator.comparing((TeamMember m) -> !m.leader()))
                .toList();
    }

    /**
     * Who the current user may give customers to: active sellers (and leaders with an own budget)
     * of the teams a team leader leads or a sales manager's department holds; for an admin, of
     * every team. Empty for every other role.
     */
    public List<AssignableOwner> assignableOwners() {
        SalesRole role = currentUser.require().role();
        Set<Long> teamIds =
                switch (role) {
                    case TEAM_LEADER, SALES_MANAGER -> teamIdsOverseen();
                    case ADMIN -> teams.findAllIds();
                    default -> Set.of();
                };
        return teamIds.stream()
                .flatMap(teamId -> employees.findActiveByTeamId(teamId).stream())
                .filter(OrganisationService::keepsAPortfolio)
                .map(
                        e ->
                                new AssignableOwner(
                                        e.getId(),
                                        e.getFullName(),
                                        e.getRole(),
                                        e.getTeam().getName()))
                .sorted(Comparator.comparing(AssignableOwner::fullName))
                .toList();
    }

    private static boolean keepsAPortfolio(Employee employee) {
        return employee.getRole().isSeller()
                || employee.getRole() == SalesRole.TEAM_LEADER
                        && employee.equals(employee.getTeam().getLeader())
                        && employee.getTeam().isLeaderHasOwnBudget();
    }

    /** The range of sellers a team of this kind should have. */
    public TeamSizeRule.Range teamSizeRange(boolean leaderHasOwnBudget) {
        return teamSizeRule.rangeFor(leaderHasOwnBudget);
    }

    /** The portfolio limit of a role, if it keeps a portfolio. */
    public Optional<PortfolioLimits.Limit> portfolioLimit(SalesRole role) {
        return portfolioLimits.forRole(role);
    }

    /** Teams outside their size range, for the team's leader and the department's sales manager. */
    public List<OrganisationWarning> teamSizeWarnings() {
        SalesRole role = currentUser.require().role();
        if (role != SalesRole.TEAM_LEADER && role != SalesRole.SALES_MANAGER) {
            return List.of();
        }
        List<OrganisationWarning> warnings = new ArrayList<>();
        for (TeamSummary team : myTeams()) {
            TeamSizeRule.Range range = teamSizeRule.rangeFor(team.leaderHasOwnBudget());
            if (team.sellers() < range.min()) {
                warnings.add(
                        new OrganisationWarning(
                                Kind.TEAM_TOO_SMALL,
                                team.name(),
                                team.sellers(),
                                range.min(),
                                range.max()));
            } else if (team.sellers() > range.max()) {
                warnings.add(
                        new OrganisationWarning(
                                Kind.TEAM_TOO_LARGE,
                                team.name(),
                                team.sellers(),
                                range.min(),
                                range.max()));
            }
        }
        return warnings;
    }

    /**
     * Portfolios outside their limits, for the owner and the owner's team leader.
     *
     * @param portfolioSizes given the employees to check, how many customers each owns (counted by
     *     the customer feature in one query)
     */
    public List<OrganisationWarning> portfolioWarnings(
            Function<Collection<Long>, ToLongFunction<Long>> portfolioSizes) {
        KundeloftUser user = currentUser.require();
        List<Employee> holders =
                switch (user.role()) {
                    case ACCOUNT_MANAGER, KEY_ACCOUNT_MANAGER ->
                            List.of(employee(user.employeeId()));
                    case TEAM_LEADER ->
                            teams.findIdsByLeaderId(user.employeeId()).stream()
                                    .flatMap(
                                            teamId -> employees.findActiveByTeamId(teamId).stream())
                                    .toList();
                    default -> List.of();
                };
        List<Employee> limited =
                holders.stream()
                        .filter(holder -> portfolioLimits.forRole(holder.getRole()).isPresent())
                        .toList();
        if (limited.isEmpty()) {
            return List.of();
        }
        ToLongFunction<Long> sizes =
                portfolioSizes.apply(limited.stream().map(Employee::getId).toList());
        List<OrganisationWarning> warnings = new ArrayList<>();
        for (Employee holder : limited) {
            portfolioLimits
                    .forRole(holder.getRole())
                    .ifPresent(
                            limit -> {
                                long size = sizes.applyAsLong(holder.getId());
                                if (size < limit.min()) {
                                    warnings.add(
                                            new OrganisationWarning(
                                                    Kind.PORTFOLIO_UNDER_MINIMUM,
                                                    holder.getFullName(),
                                                    size,
                                                    limit.min(),
                                                    limit.max()));
                                } else if (size > limit.max()) {
                                    warnings.add(
                                            new OrganisationWarning(
                                                    Kind.PORTFOLIO_OVER_MAXIMUM,
                                                    holder.getFullName(),
                                                    size,
                                                    limit.min(),
                                                    limit.max()));
                                }
                            });
        }
        return warnings;
    }

    /** The current user's stored language tag, or null to follow the browser. */
    public String preferredLanguage() {
        return employee(currentUser.require().employeeId()).getPreferredLanguage();
    }

    /** Stores the language the current user chose in the user menu. */
    @Transactional
    public void changePreferredLanguage(String languageTag) {
        employee(currentUser.require().employeeId()).setPreferredLanguage(languageTag);
    }

    private Set<Long> teamIdsOverseen() {
        KundeloftUser user = currentUser.require();
        Long id = user.employeeId();
        return switch (user.role()) {
            case ADMIN -> Set.of();
            case SALES_DIRECTOR ->
                    nonEmpty(divisions.findIdsByDirectorId(id), teams::findIdsByDivisionIds);
            case SALES_MANAGER ->
                    nonEmpty(departments.findIdsByManagerId(id), teams::findIdsByDepartmentIds);
            case TEAM_LEADER -> teams.findIdsByLeaderId(id);
            case MEETING_BOOKER -> employees.findServedTeamIds(id);
            case ACCOUNT_MANAGER, KEY_ACCOUNT_MANAGER, TELESALES, FIELD_SALES -> {
                Team team = employee(id).getTeam();
                yield team == null ? Set.of() : Set.of(team.getId());
            }
        };
    }

    private static Set<Long> nonEmpty(Set<Long> ids, Function<Collection<Long>, Set<Long>> lookup) {
        return ids.isEmpty() ? Set.of() : lookup.apply(ids);
    }

    private Employee employee(Long id) {
        return employees.findById(id).orElseThrow(() -> new NotFoundException("Employee", id));
    }
}
