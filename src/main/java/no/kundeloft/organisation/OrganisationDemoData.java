package no.kundeloft.organisation;

import java.util.Random;
import no.kundeloft.demo.DemoDataPart;
import no.kundeloft.demo.DemoNames;
import no.kundeloft.security.SalesRole;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo sales organisation: a private-sector and a public-sector division, their departments and
 * teams, about 25 account managers and 5 key account managers, a telesales and stand team, and the
 * ten demo accounts (password {@code demo}) placed as PRODUCT.md describes.
 */
@Component
@Order(10)
class OrganisationDemoData implements DemoDataPart {

    static final String DEMO_PASSWORD = "demo";

    private final EmployeeRepository employees;
    private final TeamRepository teams;
    private final DepartmentRepository departments;
    private final DivisionRepository divisions;
    private final PasswordEncoder passwordEncoder;

    private DemoNames names;
    private String passwordHash;

    OrganisationDemoData(
            EmployeeRepository employees,
            TeamRepository teams,
            DepartmentRepository departments,
            DivisionRepository divisions,
            PasswordEncoder passwordEncoder) {
        this.employees = employees;
        this.teams = teams;
        this.departments = departments;
        this.divisions = divisions;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void addIfMissing() {
        if (employees.count() == 0) {
            addOrganisation();
        }
        if (employees.findByUsername("calllead").isEmpty()) {
            addTelesalesTeam();
        }
    }

    private void addOrganisation() {
        names = new DemoNames(new Random(2026_11_27L));
        passwordHash = passwordEncoder.encode(DEMO_PASSWORD);
        for (String reserved :
                new String[] {
                    "Ingrid Solberg",
                    "Lars Haugen",
                    "Kari Nordmann",
                    "Ola Hansen",
                    "Marte Berg",
                    "Sofie Lie",
                    "Siri Administrator",
                    "Henrik Aas",
                    "Emma Dahl",
                    "Jonas Vik"
                }) {
            names.reservePersonName(reserved);
        }

        employee("admin", "Siri Administrator", SalesRole.ADMIN, null);

        Division privateSector =
                division(
                        "Privat sektor Norge",
                        Sector.PRIVATE,
                        employee("director", "Ingrid Solberg", SalesRole.SALES_DIRECTOR, null));
        Department east =
                department(
                        "Salg Øst",
                        privateSector,
                        employee("manager", "Lars Haugen", SalesRole.SALES_MANAGER, null));
        Team osloGrowth =
                team(
                        "Oslo Vekst",
                        east,
                        true,
                        employee("teamlead", "Kari Nordmann", SalesRole.TEAM_LEADER, null));
        employee("am", "Ola Hansen", SalesRole.ACCOUNT_MANAGER, osloGrowth);
        employee("kam", "Marte Berg", SalesRole.KEY_ACCOUNT_MANAGER, osloGrowth);
        sellers(osloGrowth, SalesRole.ACCOUNT_MANAGER, 3);
        sellers(osloGrowth, SalesRole.KEY_ACCOUNT_MANAGER, 1);
        Team vikenPortfolio =
                team("Viken Portefølje", east, false, generated(SalesRole.TEAM_LEADER, null));
        sellers(vikenPortfolio, SalesRole.ACCOUNT_MANAGER, 8);

        Department west =
                department("Salg Vest", privateSector, generated(SalesRole.SALES_MANAGER, null));
        Team bergenGrowth =
                team("Bergen Vekst", west, true, generated(SalesRole.TEAM_LEADER, null));
        sellers(bergenGrowth, SalesRole.ACCOUNT_MANAGER, 5);
        sellers(bergenGrowth, SalesRole.KEY_ACCOUNT_MANAGER, 1);
        // Too small for a leader with an own budget (4–8): shows the team-size warning.
        Team stavangerNewSales =
                team("Stavanger Nysalg", west, true, generated(SalesRole.TEAM_LEADER, null));
        sellers(stavangerNewSales, SalesRole.TELESALES, 3);

        Division publicSector =
                division(
                        "Offentlig sektor Norge",
                        Sector.PUBLIC,
                        generated(SalesRole.SALES_DIRECTOR, null));
        Department government =
                department(
                        "Offentlig sektor", publicSector, generated(SalesRole.SALES_MANAGER, null));
        Team municipalities =
                team("Stat og kommune", government, false, generated(SalesRole.TEAM_LEADER, null));
        sellers(municipalities, SalesRole.ACCOUNT_MANAGER, 5);
        sellers(municipalities, SalesRole.KEY_ACCOUNT_MANAGER, 1);
        Team health =
                team(
                        "Helse og utdanning",
                        government,
                        true,
                        generated(SalesRole.TEAM_LEADER, null));
        sellers(health, SalesRole.ACCOUNT_MANAGER, 3);
        sellers(health, SalesRole.KEY_ACCOUNT_MANAGER, 1);
        sellers(health, SalesRole.FIELD_SALES, 1);

        Employee booker = employee("booker", "Sofie Lie", SalesRole.MEETING_BOOKER, null);
        booker.getServedTeams().add(osloGrowth);
        booker.getServedTeams().add(vikenPortfolio);
    }

    /**
     * The telesales and stand team of Salg Øst (added to a demo database made before it):
     * `calllead` leads it, `caller` sells by phone with four more, `stand` sells from stands with
     * one more. Its lists draw on the department's other teams.
     */
    private void addTelesalesTeam() {
        Department east =
                departments.findAll().stream()
                        .filter(d -> d.getName().equals("Salg Øst"))
                        .findFirst()
                        .orElse(null);
        if (east == null) {
            return;
        }
        names = new DemoNames(new Random(2026_12_02L));
        employees.findAll().forEach(e -> names.reservePersonName(e.getFullName()));
        for (String reserved : new String[] {"Henrik Aas", "Emma Dahl", "Jonas Vik"}) {
            names.reservePersonName(reserved);
        }
        passwordHash = passwordEncoder.encode(DEMO_PASSWORD);
        Team telesales =
                team(
                        "Telesalg og stand Øst",
                        east,
                        false,
                        employee("calllead", "Henrik Aas", SalesRole.TEAM_LEADER, null));
        employee("caller", "Emma Dahl", SalesRole.TELESALES, telesales);
        sellers(telesales, SalesRole.TELESALES, 4);
        employee("stand", "Jonas Vik", SalesRole.FIELD_SALES, telesales);
        sellers(telesales, SalesRole.FIELD_SALES, 1);
    }

    private Division division(String name, Sector sector, Employee director) {
        Division division = divisions.save(new Division(name, "NO", sector));
        division.setDirector(director);
        return division;
    }

    private Department department(String name, Division division, Employee manager) {
        Department department = departments.save(new Department(name, division));
        department.setManager(manager);
        return department;
    }

    private Team team(
            String name, Department department, boolean leaderHasOwnBudget, Employee leader) {
        Team team = teams.save(new Team(name, department, leaderHasOwnBudget));
        team.setLeader(leader);
        leader.setTeam(team);
        return team;
    }

    private void sellers(Team team, SalesRole role, int count) {
        for (int i = 0; i < count; i++) {
            generated(role, team);
        }
    }

    private Employee generated(SalesRole role, Team team) {
        String fullName = names.uniquePersonName();
        return employee(DemoNames.slug(fullName, "."), fullName, role, team);
    }

    private Employee employee(String username, String fullName, SalesRole role, Team team) {
        String email = DemoNames.slug(fullName, ".") + "@kundeloft.example";
        Employee employee = new Employee(username, fullName, email, role, passwordHash);
        employee.setTeam(team);
        employee.setPreferredLanguage("en");
        return employees.save(employee);
    }
}
