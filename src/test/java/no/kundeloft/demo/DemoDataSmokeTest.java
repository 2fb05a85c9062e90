package no.kundeloft.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.kundeloft.SignIn;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.EmployeeRepository;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.TeamSummary;
import no.kundeloft.security.SalesRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** The demo organisation as the default run seeds it, on a database of its own. */
@SpringBootTest(properties = {
        "kundeloft.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:demo-smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class DemoDataSmokeTest {

    private static final Map<String, SalesRole> DEMO_ACCOUNTS = Map.of(
            "director", SalesRole.SALES_DIRECTOR, "manager", SalesRole.SALES_MANAGER,
            "teamlead", SalesRole.TEAM_LEADER, "am", SalesRole.ACCOUNT_MANAGER,
            "kam", SalesRole.KEY_ACCOUNT_MANAGER, "booker", SalesRole.MEETING_BOOKER, "admin", SalesRole.ADMIN);

    @Autowired
    EmployeeRepository employees;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    CustomerService customers;
    @Autowired
    OrganisationService organisation;
    @Autowired
    SignIn signIn;
    @Autowired
    List<DemoDataPart> parts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    no.kundeloft.revenue.RevenueService revenue;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_seven_demo_accounts_sign_in_with_demo_and_prefer_english() {
        DEMO_ACCOUNTS.forEach((username, role) -> {
            Employee employee = employees.findByUsername(username).orElseThrow();
            assertThat(employee.getRole()).as(username).isEqualTo(role);
            assertThat(passwordEncoder.matches("demo", employee.getPasswordHash())).as(username).isTrue();
            assertThat(employee.getPreferredLanguage()).as(username).isEqualTo("en");
        });
    }

    @Test
    void am_has_about_sixty_customers_and_kam_five_key_customers() {
        signIn.as("am");
        assertThat(customers.count(CustomerFilter.none())).isEqualTo(60);
        signIn.as("kam");
        assertThat(customers.count(CustomerFilter.none())).isEqualTo(5);
        assertThat(customers.countInScope(CustomerTier.KEY)).isEqualTo(5);
    }

    @Test
    void teamlead_leads_am_and_kam_in_a_team_with_own_budget_of_realistic_size() {
        signIn.as("teamlead");
        TeamSummary team = organisation.myTeams().getFirst();
        assertThat(team.leaderHasOwnBudget()).isTrue();
        assertThat(team.sellers()).isBetween(4L, 8L);
        assertThat(organisation.teamMembers(team.id())).extracting(m -> m.fullName())
                .contains("Ola Hansen", "Marte Berg", "Kari Nordmann");
    }

    @Test
    void booker_serves_teamleads_team_and_one_other() {
        signIn.as("booker");
        assertThat(organisation.myTeams()).extracting(TeamSummary::name).containsExactlyInAnyOrder("Oslo Vekst", "Viken Portefølje");
    }

    @Test
    void manager_and_director_oversee_teamleads_team() {
        signIn.as("manager");
        assertThat(organisation.myTeams()).extracting(TeamSummary::name).contains("Oslo Vekst");
        signIn.as("director");
        assertThat(organisation.myTeams()).extracting(TeamSummary::name).contains("Oslo Vekst", "Bergen Vekst");
    }

    @Test
    void the_organisation_is_of_realistic_size_with_portfolios_within_limits() {
        List<Employee> all = employees.findAll();
        assertThat(all.stream().filter(e -> e.getRole() == SalesRole.ACCOUNT_MANAGER)).hasSizeBetween(20, 30);
        assertThat(all.stream().filter(e -> e.getRole() == SalesRole.KEY_ACCOUNT_MANAGER)).hasSizeBetween(4, 6);
        signIn.as("admin");
        List<Long> accountManagers = all.stream().filter(e -> e.getRole() == SalesRole.ACCOUNT_MANAGER).map(Employee::getId).toList();
        assertThat(customers.portfolioSizes(accountManagers).values()).allSatisfy(size -> assertThat(size).isBetween(20L, 200L));
        List<Long> keyAccountManagers = all.stream().filter(e -> e.getRole() == SalesRole.KEY_ACCOUNT_MANAGER).map(Employee::getId).toList();
        assertThat(customers.portfolioSizes(keyAccountManagers).values()).allSatisfy(size -> assertThat(size).isBetween(1L, 10L));
    }

    @Test
    void every_organisation_number_is_valid_and_unique() {
        List<String> numbers = jdbc.queryForList("select org_number from customer", String.class);
        assertThat(numbers).hasSizeGreaterThan(1000).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(no.kundeloft.customer.OrganisationNumber.isValid(n)).as(n).isTrue());
    }

    @Test
    void seeding_again_adds_nothing() {
        Long before = jdbc.queryForObject("select count(*) from customer", Long.class);
        Long employeesBefore = jdbc.queryForObject("select count(*) from employee", Long.class);
        Long revenueBefore = jdbc.queryForObject("select count(*) from revenue_entry", Long.class);
        assertThat(revenueBefore).isGreaterThan(40_000);
        parts.forEach(DemoDataPart::addIfMissing);
        assertThat(jdbc.queryForObject("select count(*) from revenue_entry", Long.class)).isEqualTo(revenueBefore);
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from employee", Long.class)).isEqualTo(employeesBefore);
    }

    @Test
    void the_division_rolls_up_to_the_sum_of_its_sellers_and_the_time_is_printed() {
        java.time.YearMonth upTo = java.time.YearMonth.of(2026, 10);
        signIn.as("director");
        revenue.forMyScope(upTo);
        long start = System.nanoTime();
        no.kundeloft.revenue.ScopeRevenue division = revenue.forMyScope(upTo);
        long micros = (System.nanoTime() - start) / 1000;
        java.math.BigDecimal teams = java.math.BigDecimal.ZERO;
        for (String leader : jdbc.queryForList("""
                select e.username from team t join employee e on e.id = t.leader_id
                join department d on d.id = t.department_id join division v on v.id = d.division_id
                join employee dir on dir.id = v.director_id where dir.username = 'director'""", String.class)) {
            signIn.as(leader);
            teams = teams.add(revenue.forMyScope(upTo).total());
        }
        assertThat(division.total()).isPositive().isEqualByComparingTo(teams);
        System.out.printf("ROLLUP division Jan-Oct 2026 vs 2025 on the demo data: %,d us, total %s%n", micros, division.total());
    }
}
