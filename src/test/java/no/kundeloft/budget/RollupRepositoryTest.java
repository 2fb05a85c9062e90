package no.kundeloft.budget;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kundeloft.BothDatabases;
import no.kundeloft.EmbeddedPostgresConfiguration;
import no.kundeloft.TestClockConfiguration;
import no.kundeloft.TestOrganisation;
import no.kundeloft.TestOrganisation.Scenario;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.revenue.CreditedRevenue;
import no.kundeloft.revenue.CreditedRevenueListener;
import no.kundeloft.revenue.MonthlyAmounts;
import no.kundeloft.revenue.RevenueEntry;
import no.kundeloft.revenue.RevenueRollup;
import no.kundeloft.revenue.RollupLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The rollup queries alone, on the schema Flyway builds. The build runs this class on H2 and again
 * on PostgreSQL with the same hand-computed expectations, so both databases give identical results.
 */
@DataJpaTest
@BothDatabases
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({
    TestOrganisation.class,
    TestClockConfiguration.class,
    RevenueRollup.class,
    CreditedRevenue.class,
    CreditedRevenueListener.class,
    BudgetRollup.class,
    EmbeddedPostgresConfiguration.class
})
class RollupRepositoryTest {

    private static final YearMonth FROM = YearMonth.of(2025, 1);
    private static final YearMonth TO = YearMonth.of(2026, 12);

    @Autowired TestOrganisation testOrganisation;
    @Autowired RevenueRollup revenue;
    @Autowired BudgetRollup budgets;
    @Autowired EntityManager em;

    Scenario s;

    private void book(Customer customer, int year, int month, String amount) {
        em.persist(new RevenueEntry(customer, YearMonth.of(year, month), new BigDecimal(amount)));
    }

    private Budget budget(
            BudgetKind kind,
            Long subjectId,
            Employee employee,
            Customer customer,
            int revision,
            long portfolio,
            long newSales) {
        Budget budget =
                new Budget(
                        new BudgetSubject(kind, subjectId),
                        employee,
                        null,
                        customer,
                        2026,
                        revision);
        List<BudgetMonth> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(
                    new BudgetMonth(
                            month, BigDecimal.valueOf(portfolio), BigDecimal.valueOf(newSales)));
        }
        budget.replaceMonths(months, "test", null);
        em.persist(budget);
        return budget;
    }

    @BeforeEach
    void data() {
        s = testOrganisation.create();
        s.c3().setCustomerSince(LocalDate.of(2026, 2, 10));
        book(s.c1(), 2026, 2, "100.10"); // am2 owned c1 on 1 February
        book(s.c1(), 2026, 3, "200.20"); // am1 from 1 March
        book(s.c1(), 2025, 3, "150");
        book(s.c3(), 2026, 2, "50"); // new sales (won February 2026)
        book(s.c3(), 2026, 4, "-10"); // a negative correction, still new sales
        book(s.k1(), 2026, 1, "1000");
        book(s.c4(), 2026, 3, "1000"); // team T2
        book(s.c6(), 2026, 3, "7"); // the other division

        Budget approved = budget(BudgetKind.SELLER, s.am1().getId(), s.am1(), null, 1, 100, 10);
        approved.approve("mgrA", null);
        budget(
                BudgetKind.SELLER,
                s.am1().getId(),
                s.am1(),
                null,
                2,
                999,
                999); // a draft revision: does not count yet
        budget(BudgetKind.SELLER, s.am2().getId(), s.am2(), null, 1, 50, 0); // a first draft counts
        budget(BudgetKind.KEY_CUSTOMER, s.k1().getId(), s.kam1(), s.k1(), 1, 80, 0);
        em.flush();
    }

    @Test
    void revenue_per_seller_is_credited_to_the_owner_on_the_first_of_the_month() {
        Map<Long, MonthlyAmounts> sellers =
                revenue.byGroup(
                        RecordScope.all(),
                        RollupLevel.TEAM,
                        Set.of(s.t1().getId()),
                        RollupLevel.SELLER,
                        FROM,
                        TO);
        assertThat(sellers).containsOnlyKeys(s.am1().getId(), s.am2().getId(), s.kam1().getId());
        MonthlyAmounts.Amounts am1 = sellers.get(s.am1().getId()).sum(FROM, TO);
        assertThat(am1.portfolio()).isEqualByComparingTo("200.20");
        assertThat(am1.newSales()).isZero();
        assertThat(sellers.get(s.am2().getId()).portfolio(YearMonth.of(2026, 2)))
                .isEqualByComparingTo("100.10");
        assertThat(sellers.get(s.am2().getId()).newSales(YearMonth.of(2026, 4)))
                .isEqualByComparingTo("-10");
        assertThat(sellers.get(s.am2().getId()).portfolio(YearMonth.of(2025, 3)))
                .isEqualByComparingTo("150");
    }

    @Test
    void a_division_equals_the_sum_of_its_departments_teams_and_customers() {
        Long division = s.t1().getDepartment().getDivision().getId();
        MonthlyAmounts.Amounts whole =
                revenue.byGroup(
                                RecordScope.all(),
                                RollupLevel.DIVISION,
                                Set.of(division),
                                RollupLevel.ALL,
                                FROM,
                                TO)
                        .get(RevenueRollup.WHOLE)
                        .sum(FROM, TO);
        assertThat(whole.portfolio().add(whole.newSales())).isEqualByComparingTo("2490.30");
        for (RollupLevel level :
                List.of(
                        RollupLevel.DEPARTMENT,
                        RollupLevel.TEAM,
                        RollupLevel.SELLER,
                        RollupLevel.CUSTOMER)) {
            BigDecimal sum =
                    revenue
                            .byGroup(
                                    RecordScope.all(),
                                    RollupLevel.DIVISION,
                                    Set.of(division),
                                    level,
                                    FROM,
                                    TO)
                            .values()
                            .stream()
                            .map(amounts -> amounts.sum(FROM, TO))
                            .map(pair -> pair.portfolio().add(pair.newSales()))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("by %s", level).isEqualByComparingTo("2490.30");
        }
        BigDecimal all =
                revenue
                        .byGroup(
                                RecordScope.all(),
                                RollupLevel.ALL,
                                Set.of(),
                                RollupLevel.DIVISION,
                                FROM,
                                TO)
                        .values()
                        .stream()
                        .map(amounts -> amounts.sum(FROM, TO))
                        .map(pair -> pair.portfolio().add(pair.newSales()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(all).isEqualByComparingTo("2497.30");
    }

    @Test
    void budgets_in_force_roll_up_and_key_customer_budgets_count_per_customer() {
        Map<Long, MonthlyAmounts> sellers =
                budgets.byGroup(
                        RecordScope.all(),
                        RollupLevel.TEAM,
                        Set.of(s.t1().getId()),
                        RollupLevel.SELLER,
                        2026);
        assertThat(sellers).containsOnlyKeys(s.am1().getId(), s.am2().getId());
        assertThat(sellers.get(s.am1().getId()).sum(YearMonth.of(2026, 1), YearMonth.of(2026, 12)))
                .isEqualTo(
                        new MonthlyAmounts.Amounts(
                                new BigDecimal("1200.00"), new BigDecimal("120.00")));
        assertThat(sellers.get(s.am2().getId()).portfolio(YearMonth.of(2026, 7)))
                .isEqualByComparingTo("50");
        Map<Long, MonthlyAmounts> keyCustomers =
                budgets.byGroup(
                        RecordScope.all(),
                        RollupLevel.SELLER,
                        Set.of(s.kam1().getId()),
                        RollupLevel.CUSTOMER,
                        2026);
        assertThat(keyCustomers).containsOnlyKeys(s.k1().getId());
        assertThat(keyCustomers.get(s.k1().getId()).portfolio(YearMonth.of(2026, 3)))
                .isEqualByComparingTo("80");
        assertThat(
                        budgets.byGroup(
                                RecordScope.all(),
                                RollupLevel.SELLER,
                                Set.of(s.kam1().getId()),
                                RollupLevel.ALL,
                                2026))
                .isEmpty();
    }

    @Test
    void sums_stay_inside_the_scope_they_are_given() {
        Long division = s.t1().getDepartment().getDivision().getId();
        RecordScope teamOne = new RecordScope(RecordScope.Level.TEAMS, Set.of(s.t1().getId()));
        Map<Long, MonthlyAmounts> teams =
                revenue.byGroup(
                        teamOne,
                        RollupLevel.DIVISION,
                        Set.of(division),
                        RollupLevel.TEAM,
                        FROM,
                        TO);
        assertThat(teams).as("team T2's revenue is left out").containsOnlyKeys(s.t1().getId());
        assertThat(
                        revenue.byGroup(
                                RecordScope.owner(s.am1().getId()),
                                RollupLevel.TEAM,
                                Set.of(s.t1().getId()),
                                RollupLevel.SELLER,
                                FROM,
                                TO))
                .containsOnlyKeys(s.am1().getId());
        assertThat(
                        revenue.byGroup(
                                RecordScope.owner(s.am2().getId()),
                                RollupLevel.CUSTOMER,
                                Set.of(s.c1().getId()),
                                RollupLevel.ALL,
                                FROM,
                                TO))
                .as("c1 belongs to am1 now, so am2 does not see its figures")
                .isEmpty();
        assertThat(
                        revenue.byGroup(
                                new RecordScope(RecordScope.Level.TEAMS, Set.of()),
                                RollupLevel.ALL,
                                Set.of(),
                                RollupLevel.ALL,
                                FROM,
                                TO))
                .isEmpty();
        assertThat(
                        budgets.byGroup(
                                RecordScope.owner(s.am2().getId()),
                                RollupLevel.TEAM,
                                Set.of(s.t1().getId()),
                                RollupLevel.SELLER,
                                2026))
                .containsOnlyKeys(s.am2().getId());
        assertThat(budgets.departments(teamOne, Set.of(s.t1().getDepartment().getId()), 2026))
                .as("a team leader never sees the department's top-down budget")
                .isEmpty();
    }
}
