package no.kundeloft.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.BothDatabases;
import no.kundeloft.IntegrationTest;
import no.kundeloft.TestClock;
import no.kundeloft.organisation.Employee;
import no.kundeloft.security.SalesRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@BothDatabases
@Transactional
class DataSetGeneratorServiceTest {

    @Autowired DataSetGenerator generator;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager em;

    @Test
    void
            scale_one_is_two_teams_of_eight_2500_customers_with_contacts_revenue_visits_calls_deals_budgets_tasks_and_plans() {
        List<String> progress = new ArrayList<>();
        DataSetGenerator.Made made = generator.generate(1, "demo", progress::add);
        assertThat(made.teams()).isEqualTo(2);
        assertThat(made.people()).isEqualTo(2 + 2 + 2 * 9);
        assertThat(made.customers()).isEqualTo(2_500);
        assertThat(made.contacts()).isEqualTo(5_000);
        assertThat(made.visits()).isEqualTo(5_000);
        assertThat(made.calls()).isEqualTo(5_000);
        assertThat(made.deals()).isEqualTo(834);
        assertThat(made.tasks()).isEqualTo(2_500);
        assertThat(made.plans()).as("one per key customer").isEqualTo(16);
        assertThat(made.budgets())
                .as("16 sellers' two years, 16 key customers, 2 departments")
                .isEqualTo(16 * 2 + 16 + 2);
        assertThat(jdbc.queryForObject("select count(*) from budget_month", Long.class))
                .isEqualTo(made.budgets() * 12L);
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from deal d join deal_stage s on s.id = d.stage_id where s.outcome = 'OPEN'",
                                Long.class))
                .as("most deals open")
                .isGreaterThan(made.deals() / 2);
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from task where done = false and due_date < ?",
                                Long.class,
                                TestClock.TODAY))
                .as("some tasks overdue")
                .isPositive();
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from visit where status = 'PLANNED'", Long.class))
                .as("some visits lie ahead")
                .isPositive();
        long active =
                jdbc.queryForObject(
                        "select count(*) from customer where status = 'ACTIVE'", Long.class);
        assertThat(made.revenueRows()).isEqualTo(active * 36);
        assertThat(
                        jdbc.queryForObject(
                                "select count(distinct org_number) from customer", Long.class))
                .isEqualTo(2_500);
        assertThat(
                        jdbc.queryForObject(
                                        "select max(revenue_month) from revenue_entry",
                                        java.sql.Date.class)
                                .toLocalDate())
                .isEqualTo(YearMonth.from(TestClock.TODAY).minusMonths(1).atDay(1));
        assertThat(
                        jdbc.queryForObject(
                                "select max(c) from (select owner_id, count(*) c from customer where tier = 'STANDARD' group by owner_id) x",
                                Long.class))
                .as("no account manager over 200")
                .isLessThanOrEqualTo(200);
        assertThat(progress).anyMatch(line -> line.startsWith("revenue ["));
        // the application's own ids never meet the generated ones
        Employee fresh =
                new Employee(
                        "after.dataset",
                        "After Dataset",
                        "after@dataset.example",
                        SalesRole.ACCOUNT_MANAGER,
                        "x");
        em.persist(fresh);
        em.flush();
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from employee where id = ?",
                                Long.class,
                                fresh.getId()))
                .isEqualTo(1);
        assertThatThrownBy(() -> generator.generate(1, "demo", line -> {}))
                .isInstanceOf(IllegalStateException.class);
    }
}
