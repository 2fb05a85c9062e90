package no.kundeloft.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.organisation.OrganisationTree.DepartmentNode;
import no.kundeloft.organisation.OrganisationTree.DivisionNode;
import no.kundeloft.organisation.OrganisationTree.PersonOption;
import no.kundeloft.organisation.OrganisationTree.TeamNode;
import no.kundeloft.security.SalesRole;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin builds and changes the sales organisation: divisions (with their director), departments
 * (sales manager), teams (team leader, own budget), moving a team to another department, merging
 * two teams and closing an empty one. Team sizes are warned about, never enforced.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class OrganisationAdminService {

    private final DivisionRepository divisions;
    private final DepartmentRepository departments;
    private final TeamRepository teams;
    private final EmployeeRepository employees;
    private final TeamSizeRule teamSizeRule;

    OrganisationAdminService(
            DivisionRepository divisions,
            DepartmentRepository departments,
            TeamRepository teams,
            EmployeeRepository employees,
            TeamSizeRule teamSizeRule) {
        this.divisions = divisions;
        this.departments = departments;
        this.teams = teams;
        this.employees = employees;
        this.teamSizeRule = teamSizeRule;
    }

    /** The organisation, by name at each level, with each team's size. */
    @Transactional(readOnly = true)
    public OrganisationTree tree() {
        Map<Long, TeamSummary> sizes =
                teams.summarise(teams.findAllIds()).stream()
                        .collect(Collectors.toMap(TeamSummary::id, t -> t));
        List<Team> allTeams = teams.findAll(Sort.by("name"));
        List<Department> allDepartments = departments.findAll(Sort.by("name"));
        List<DivisionNode> nodes =
                divisions.findAll(Sort.by("name")).stream()
                        .map(
                                division ->
                                        new DivisionNode(
                                                division.getId(),
                                                division.getName(),
                                                division.getCountry(),
                                                division.getSector(),
                                                idOf(division.getDirector()),
                                                nameOf(division.getDirector()),
                                                allDepartments.stream()
                                                        .filter(
                                                                d ->
                                                                        d.getDivision()
                                                                                .equals(division))
                                                        .map(
                                                                department ->
                                                                        new DepartmentNode(
                                                                                department.getId(),
                                                                                department
                                                                                        .getName(),
                                                                                idOf(
                                                                                        department
                                                                                                .getManager()),
                                                                                nameOf(
                                                                                        department
                                                                                                .getManager()),
                                                                                allTeams.stream()
                                                                                        .filter(
                                                                                                t ->
                                                                                                        t.getDepartment()
                                                                                                                .equals(
                                                                                                                        department))
                                                                                        .map(
                                                                                                team -> {
                                                                                                    TeamSizeRule
                                                                                                                    .Range
                                                                                                            range =
                                                                                                                    teamSizeRule
                                                                                                                            .rangeFor(
                                                                                                                                    team
                                                                                                                                            .isLeaderHasOwnBudget());
                                                                                                    long
                                                                                                            sellers =
                                                                                                                    sizes
                                                                                                                                    .containsKey(
                                                                                                                                            team
                                                                                                                                                    .getId())
                                                                                                                            ? sizes.get(
                                                                                                                                            team
                                                                                                                                                    .getId())
                                                                                                                                    .sellers()
                                                                                                                            : 0;
                                                                                                    return new TeamNode(
                                                                                                            team
                                                                                                                    .getId(),
                                                                                                            team
                                                                                                                    .getName(),
                                                                                                            idOf(
                                                                                                                    team
                                                                                                                            .getLeader()),
                                                                                                            nameOf(
                                                                                                                    team
                                                                                                                            .getLeader()),
                                                                                                            team
                                                                                                                    .isLeaderHasOwnBudget(),
                                                                                                            sellers,
                                                                                                            range
                                                                                                                    .min(),
                                                                                                            range
                                                                                                                    .max());
                                                                                                })
                                                                                        .toList()))
                                                        .toList()))
                        .toList();
        return new OrganisationTree(nodes);
    }

    /** Active people of a role, by name: who can be director, manager or team leader. */
    @Transactional(readOnly = true)
    public List<PersonOption> people(SalesRole role) {
        return employees.findActiveByRoles(Set.of(role)).stream()
                .sorted(Comparator.comparing(Employee::getFullName))
                .map(e -> new PersonOption(e.getId(), e.getFullName()))
                .toList();
    }

    public Long saveDivision(Long id, String name, String country, Sector sector, Long directorId) {
        Division division =
                id == null
                        ? divisions.save(new Division(name.trim(), country, sector))
                        : division(id);
        division.update(name.trim(), country, sector);
        division.setDirector(person(directorId, SalesRole.SALES_DIRECTOR));
        return division.getId();
    }

    public Long saveDepartment(Long id, String name, Long divisionId, Long managerId) {
        Division division = division(divisionId);
        Department department =
                id == null
                        ? departments.save(new Department(name.trim(), division))
                        : department(id);
        department.update(name.trim(), division);
        department.setManager(person(managerId, SalesRole.SALES_MANAGER));
        return department.getId();
    }

    /**
     * Creates or changes a team; a different department moves the team with its people (and so
     * their customers), a different leader joins the team as its leader.
     */
    public Long saveTeam(
            Long id, String name, Long departmentId, Long leaderId, boolean leaderHasOwnBudget) {
        Department department = department(departmentId);
        Team team =
                id == null
                        ? teams.save(new Team(name.trim(), department, leaderHasOwnBudget))
                        : team(id);
        team.update(name.trim(), department, leaderHasOwnBudget);
        Employee leader = person(leaderId, SalesRole.TEAM_LEADER);
        team.setLeader(leader);
        if (leader != null) {
            leader.setTeam(team);
        }
        return team.getId();
    }

    /** What merging or closing a team moves: its active people. */
    @Transactional(readOnly = true)
    public long activeMembers(Long teamId) {
        return employees.findActiveByTeamId(team(teamId).getId()).size();
    }

    /**
     * Moves every member of one team into another (their customers follow them), points meeting
     * bookers who served it at the other team, and removes the emptied team.
     */
    public void mergeTeam(Long fromId, Long intoId) {
        if (fromId.equals(intoId)) {
            throw new AdminRuleException("orgadmin.mergeSelf");
        }
        Team from = team(fromId);
        Team into = team(intoId);
        employees.findByTeamId(fromId).forEach(member -> member.setTeam(into));
        employees
                .findServingTeam(fromId)
                .forEach(
                        booker -> {
                            booker.getServedTeams().remove(from);
                            booker.getServedTeams().add(into);
                        });
        teams.delete(from);
    }

    /** Removes a team without active members; refused while people still work in it. */
    public void closeTeam(Long teamId) {
        Team team = team(teamId);
        long active = employees.findActiveByTeamId(teamId).size();
        if (active > 0) {
            throw new AdminRuleException("orgadmin.teamNotEmpty", team.getName(), active);
        }
        employees.findByTeamId(teamId).forEach(former -> former.setTeam(null));
        employees.findServingTeam(teamId).forEach(booker -> booker.getServedTeams().remove(team));
        teams.delete(team);
    }

    private Employee person(Long id, SalesRole role) {
        if (id == null) {
            return null;
        }
        Employee employee =
                employees.findById(id).orElseThrow(() -> new NotFoundException("Employee", id));
        if (employee.getRole() != role || !employee.isActive()) {
            throw new AdminRuleException("orgadmin.wrongRole", employee.getFullName(), role.name());
        }
        return employee;
    }

    private Division division(Long id) {
        return divisions.findById(id).orElseThrow(() -> new NotFoundException("Division", id));
    }

    private Department department(Long id) {
        return departments.findById(id).orElseThrow(() -> new NotFoundException("Department", id));
    }

    private Team team(Long id) {
        return teams.findById(id).orElseThrow(() -> new NotFoundException("Team", id));
    }

    private static Long idOf(Employee employee) {
        return employee == null ? null : employee.getId();
    }

    private static String nameOf(Employee employee) {
        return employee == null ? null : employee.getFullName();
    }
}
