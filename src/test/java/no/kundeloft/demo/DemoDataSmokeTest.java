package no.kundeloft.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kundeloft.SignIn;
import no.kundeloft.attainment.AttainmentReport;
import no.kundeloft.attainment.AttainmentRow;
import no.kundeloft.attainment.AttainmentService;
import no.kundeloft.attainment.Figures;
import no.kundeloft.attainment.Measure;
import no.kundeloft.attainment.Node;
import no.kundeloft.attainment.Period;
import no.kundeloft.budget.BudgetKind;
import no.kundeloft.budget.BudgetLine;
import no.kundeloft.budget.BudgetService;
import no.kundeloft.budget.BudgetStatus;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.EmployeeRepository;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.TeamSummary;
import no.kundeloft.security.SalesRole;
import no.kundeloft.task.TaskFilter;
import no.kundeloft.task.TaskRow;
import no.kundeloft.task.TaskService;
import no.kundeloft.task.TaskView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** The demo organisation as the default run seeds it, on a database of its own. */
@SpringBootTest(
        properties = {
            "kundeloft.demo.enabled=true",
            "spring.datasource.url=jdbc:h2:mem:demo-smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
class DemoDataSmokeTest {

    private static final Map<String, SalesRole> DEMO_ACCOUNTS =
            Map.of(
                    "director",
                    SalesRole.SALES_DIRECTOR,
                    "manager",
                    SalesRole.SALES_MANAGER,
                    "teamlead",
                    SalesRole.TEAM_LEADER,
                    "am",
                    SalesRole.ACCOUNT_MANAGER,
                    "kam",
                    SalesRole.KEY_ACCOUNT_MANAGER,
                    "booker",
                    SalesRole.MEETING_BOOKER,
                    "admin",
                    SalesRole.ADMIN,
                    "calllead",
                    SalesRole.TEAM_LEADER,
                    "caller",
                    SalesRole.TELESALES,
                    "stand",
                    SalesRole.FIELD_SALES);

    @Autowired EmployeeRepository employees;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired CustomerService customers;
    @Autowired OrganisationService organisation;
    @Autowired SignIn signIn;
    @Autowired List<DemoDataPart> parts;
    @Autowired TaskService tasks;
    @Autowired no.kundeloft.calling.CallListService callLists;
    @Autowired no.kundeloft.calling.CallQueue callQueue;
    @Autowired no.kundeloft.stand.StandService stands;
    @Autowired JdbcTemplate jdbc;
    @Autowired AttainmentService attainment;
    @Autowired java.time.Clock clock;
    @Autowired BudgetService budgets;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired no.kundeloft.revenue.RevenueLoadService revenueLoad;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void am_has_tasks_ahead_and_a_visit_waiting_for_a_report() {
        signIn.as("am");
        try {
            List<TaskRow> open = tasks.list(TaskFilter.mine(TaskView.OPEN), 0, 100);
            assertThat(open).anyMatch(TaskRow::isReport);
            assertThat(open)
                    .anyMatch(
                            task ->
                                    !task.dueDate().isBefore(tasks.today())
                                            && task.dueTime() != null);
            assertThat(open)
                    .anyMatch(
                            task ->
                                    task.description()
                                            .startsWith("Forbered kvartalsgjennomgangen"));
        } finally {
            SignIn.out();
        }
    }

    @Test
    void the_ten_demo_accounts_sign_in_with_demo_and_prefer_english() {
        DEMO_ACCOUNTS.forEach(
                (username, role) -> {
                    Employee employee = employees.findByUsername(username).orElseThrow();
                    assertThat(employee.getRole()).as(username).isEqualTo(role);
                    assertThat(passwordEncoder.matches("demo", employee.getPasswordHash()))
                            .as(username)
                            .isTrue();
                    assertThat(employee.getPreferredLanguage()).as(username).isEqualTo("en");
                });
    }

    @Test
    void
            caller_has_a_running_call_list_with_contacts_and_recorded_calls_and_stand_works_a_stand_today_with_leads() {
        signIn.as("caller");
        try {
            var running = callLists.myRunning();
            assertThat(running)
                    .singleElement()
                    .satisfies(
                            list -> {
                                assertThat(list.waiting()).isGreaterThan(100);
                                assertThat(list.done()).isGreaterThan(10);
                            });
            var next = callQueue.next(running.getFirst().id());
            assertThat(next.hasCard())
                    .as("the demo list calls round the clock: %s", next.why())
                    .isTrue();
            callQueue.release(next.card().entryId());
        } finally {
            SignIn.out();
        }
        assertThat(jdbc.queryForObject("select count(*) from call_recording", Long.class))
                .isEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from call_review", Long.class))
                .isEqualTo(5);
        signIn.as("stand");
        try {
            assertThat(stands.myStandsToday())
                    .singleElement()
                    .satisfies(stand -> assertThat(stand.leads()).isEqualTo(3));
        } finally {
            SignIn.out();
        }
        signIn.as("calllead");
        try {
            assertThat(stands.notFollowedUp()).isNotEmpty();
        } finally {
            SignIn.out();
        }
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
        assertThat(organisation.teamMembers(team.id()))
                .extracting(m -> m.fullName())
                .contains("Ola Hansen", "Marte Berg", "Kari Nordmann");
    }

    @Test
    void booker_serves_teamleads_team_and_one_other() {
        signIn.as("booker");
        assertThat(organisation.myTeams())
                .extracting(TeamSummary::name)
                .containsExactlyInAnyOrder("Oslo Vekst", "Viken Portefølje");
    }

    @Test
    void manager_and_director_oversee_teamleads_team() {
        signIn.as("manager");
        assertThat(organisation.myTeams()).extracting(TeamSummary::name).contains("Oslo Vekst");
        signIn.as("director");
        assertThat(organisation.myTeams())
                .extracting(TeamSummary::name)
                .contains("Oslo Vekst", "Bergen Vekst");
    }

    @Test
    void the_organisation_is_of_realistic_size_with_portfolios_within_limits() {
        List<Employee> all = employees.findAll();
        assertThat(all.stream().filter(e -> e.getRole() == SalesRole.ACCOUNT_MANAGER))
                .hasSizeBetween(20, 30);
        assertThat(all.stream().filter(e -> e.getRole() == SalesRole.KEY_ACCOUNT_MANAGER))
                .hasSizeBetween(4, 6);
        signIn.as("admin");
        List<Long> accountManagers =
                all.stream()
                        .filter(e -> e.getRole() == SalesRole.ACCOUNT_MANAGER)
                        .map(Employee::getId)
                        .toList();
        assertThat(customers.portfolioSizes(accountManagers).values())
                .allSatisfy(size -> assertThat(size).isBetween(20L, 200L));
        List<Long> keyAccountManagers =
                all.stream()
                        .filter(e -> e.getRole() == SalesRole.KEY_ACCOUNT_MANAGER)
                        .map(Employee::getId)
                        .toList();
        assertThat(customers.portfolioSizes(keyAccountManagers).values())
                .allSatisfy(size -> assertThat(size).isBetween(1L, 10L));
    }

    @Test
    void every_organisation_number_is_valid_and_unique() {
        List<String> numbers = jdbc.queryForList("select org_number from customer", String.class);
        assertThat(numbers)
                .hasSizeGreaterThan(1000)
                .doesNotHaveDuplicates()
                .allSatisfy(
                        n ->
                                assertThat(no.kundeloft.customer.OrganisationNumber.isValid(n))
                                        .as(n)
                                        .isTrue());
    }

    @Test
    void seeding_again_adds_nothing() {
        Long before = jdbc.queryForObject("select count(*) from customer", Long.class);
        Long employeesBefore = jdbc.queryForObject("select count(*) from employee", Long.class);
        Long revenueBefore = jdbc.queryForObject("select count(*) from revenue_entry", Long.class);
        assertThat(revenueBefore).isGreaterThan(40_000);
        Long budgetsBefore = jdbc.queryForObject("select count(*) from budget", Long.class);
        assertThat(budgetsBefore).isGreaterThan(30);
        parts.forEach(part -> transaction.executeWithoutResult(status -> part.addIfMissing()));
        assertThat(jdbc.queryForObject("select count(*) from revenue_entry", Long.class))
                .isEqualTo(revenueBefore);
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from employee", Long.class))
                .isEqualTo(employeesBefore);
        assertThat(jdbc.queryForObject("select count(*) from budget", Long.class))
                .isEqualTo(budgetsBefore);
    }

    @Test
    void the_division_rolls_up_to_the_sum_of_its_sellers_and_the_time_is_printed() {
        if (jdbc.getDataSource() != null && isPostgres()) {
            // What autovacuum does shortly after a bulk load: fresh statistics for the planner.
            jdbc.execute("ANALYZE");
        }
        signIn.as("director");
        Node top = attainment.myTop().orElseThrow();
        int year = attainment.currentYear();
        attainment.report(top, year);
        long start = System.nanoTime();
        AttainmentReport division = attainment.report(top, year);
        long micros = (System.nanoTime() - start) / 1000;
        Period ytd = Period.yearToDate(year);
        BigDecimal sellers = BigDecimal.ZERO;
        for (AttainmentRow department : division.rows()) {
            for (AttainmentRow team : attainment.report(department.node(), year).rows()) {
                for (AttainmentRow seller : attainment.report(team.node(), year).rows()) {
                    sellers = sellers.add(seller.figures().figures(ytd, Measure.TOTAL).actual());
                }
            }
        }
        BigDecimal total = division.figures().figures(ytd, Measure.TOTAL).actual();
        assertThat(total).isPositive().isEqualByComparingTo(sellers);
        System.out.printf(
                "ROLLUP division report %d (actuals, budgets, departments) on the demo data: %,d us, total through %s: %s%n",
                year, micros, division.figures().measuredThrough(ytd), total);
    }

    private boolean isPostgres() {
        return jdbc.execute(
                        (java.sql.Connection connection) ->
                                connection.getMetaData().getDatabaseProductName())
                .toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
    }

    @Test
    void ams_attainment_matches_a_hand_check_against_the_revenue_rows_and_the_approved_budget() {
        signIn.as("am");
        int year = attainment.currentYear();
        java.time.YearMonth through = revenueLoad.loadedThrough().month();
        assertThat(through).isEqualTo(java.time.YearMonth.now(clock).minusMonths(1));
        BigDecimal portfolio = BigDecimal.ZERO;
        BigDecimal newSales = BigDecimal.ZERO;
        for (Map<String, Object> row :
                jdbc.queryForList(
                        """
                select r.revenue_month, c.customer_since, r.amount from revenue_entry r
                join customer c on c.id = r.customer_id
                join customer_ownership o on o.customer_id = c.id and o.valid_from <= r.revenue_month
                     and (o.valid_to is null or o.valid_to > r.revenue_month)
                join employee e on e.id = o.owner_id
                where e.username = 'am' and r.revenue_month >= ? and r.revenue_month <= ?""",
                        LocalDate.of(year, 1, 1),
                        through.atDay(1))) {
            LocalDate month = ((java.sql.Date) row.get("revenue_month")).toLocalDate();
            java.sql.Date since = (java.sql.Date) row.get("customer_since");
            LocalDate won = since == null ? null : since.toLocalDate().withDayOfMonth(1);
            boolean isNew =
                    won != null && !month.isBefore(won) && month.isBefore(won.plusMonths(12));
            BigDecimal amount = (BigDecimal) row.get("amount");
            if (isNew) {
                newSales = newSales.add(amount);
            } else {
                portfolio = portfolio.add(amount);
            }
        }
        BigDecimal budget =
                jdbc.queryForObject(
                        """
                select sum(m.portfolio) from budget b join budget_month m on m.budget_id = b.id
                join employee e on b.subject_key = concat('S', cast(e.id as varchar))
                where e.username = 'am' and b.status = 'APPROVED' and b.budget_year = ? and m.month_no <= ?""",
                        BigDecimal.class,
                        year,
                        revenueLoad.loadedThrough().monthsOf(year));

        AttainmentReport mine = attainment.report(attainment.myTop().orElseThrow(), year);
        Figures portfolioFigures =
                mine.figures().figures(Period.yearToDate(year), Measure.PORTFOLIO);
        assertThat(portfolioFigures.actual()).isPositive().isEqualByComparingTo(portfolio);
        assertThat(portfolioFigures.budgetToDate()).isPositive().isEqualByComparingTo(budget);
        assertThat(mine.figures().figures(Period.yearToDate(year), Measure.NEW_SALES).actual())
                .isEqualByComparingTo(newSales);
    }

    @Test
    void every_seller_has_a_budget_and_each_approver_has_some_waiting() {
        signIn.as("admin");
        int year = budgets.currentYear();
        assertThat(budgets.lines(year))
                .filteredOn(line -> line.subject().subject().kind() == BudgetKind.SELLER)
                .hasSizeGreaterThan(25)
                .allSatisfy(line -> assertThat(line.status()).isNotNull());
        for (String approver : List.of("manager", "director", "teamlead")) {
            signIn.as(approver);
            assertThat(budgets.lines(year)).as(approver).anyMatch(BudgetLine::awaitsMyApproval);
        }
        signIn.as("am");
        assertThat(budgets.lines(year))
                .singleElement()
                .extracting(BudgetLine::status)
                .isEqualTo(BudgetStatus.APPROVED);
    }

    @Test
    void kam_has_one_excellent_one_poor_and_otherwise_missing_plans_and_visits_exist() {
        assertThat(
                        jdbc.queryForList(
                                """
                select p.strategy from account_plan p join customer c on c.id = p.customer_id
                join employee e on e.id = c.owner_id where e.username = 'kam' order by c.name""",
                                String.class))
                .hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from offering", Long.class)).isEqualTo(6);
        assertThat(
                        jdbc.queryForObject(
                                """
                select count(*) from visit v join employee e on e.id = v.host_id
                where e.username = 'kam' and v.status = 'PLANNED'""",
                                Long.class))
                .isPositive();
    }
}
