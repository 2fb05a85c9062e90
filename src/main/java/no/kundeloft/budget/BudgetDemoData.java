package no.kundeloft.budget;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kundeloft.customer.Customer;
import no.kundeloft.demo.DemoDataPart;
import no.kundeloft.organisation.Department;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.revenue.MonthlyAmounts;
import no.kundeloft.revenue.RevenueRollup;
import no.kundeloft.revenue.RollupLevel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Budgets for 2026 for every seller, team leader with an own budget, department and key customer,
 * grown from 2025's revenue and phased like it. Partly approved, so each demo account has something
 * to do: {@code manager} approves sellers of {@code teamlead}'s team, {@code director} approves
 * {@code teamlead}'s own budget and {@code manager}'s department budget, {@code teamlead} approves
 * {@code kam}'s key-customer budgets.
 */
@Component
@Order(50)
class BudgetDemoData implements DemoDataPart {

    static final int YEAR = 2026;
    private static final Instant DRAFTED = Instant.parse("2025-11-20T09:00:00Z");
    private static final Instant APPROVED = Instant.parse("2025-12-12T14:00:00Z");

    private final BudgetRepository budgets;
    private final BudgetSubjects subjects;
    private final RevenueRollup revenue;
    private final EntityManager entityManager;

    BudgetDemoData(BudgetRepository budgets, BudgetSubjects subjects, RevenueRollup revenue, EntityManager entityManager) {
        this.budgets = budgets;
        this.subjects = subjects;
        this.revenue = revenue;
        this.entityManager = entityManager;
    }

    @Override
    public void addIfMissing() {
        if (budgets.count() > 0) {
            return;
        }
        Map<Long, String> usernames = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        entityManager.createQuery("select e.id, e.username, e.fullName from Employee e", Object[].class).getResultList()
                .forEach(row -> {
                    usernames.put((Long) row[0], (String) row[1]);
                    names.put((Long) row[0], (String) row[2]);
                });
        YearMonth from = YearMonth.of(YEAR - 1, 1);
        YearMonth to = YearMonth.of(YEAR - 1, 12);
        Map<Long, MonthlyAmounts> sellers = revenue.byGroup(RollupLevel.ALL, Set.of(), RollupLevel.SELLER, from, to);
        Map<Long, MonthlyAmounts> departments = revenue.byGroup(RollupLevel.ALL, Set.of(), RollupLevel.DEPARTMENT, from, to);
        Map<Long, MonthlyAmounts> customers = revenue.byGroup(RollupLevel.ALL, Set.of(), RollupLevel.CUSTOMER, from, to);

        for (SubjectInfo info : subjects.inScope(RecordScope.all())) {
            Long id = info.subject().id();
            String drafter = names.getOrDefault(info.drafterId(), "");
            String approver = names.get(info.approverId());
            boolean inTeamleadsTeam = "teamlead".equals(usernames.get(leaderOf(info)));
            switch (info.subject().kind()) {
                case SELLER -> {
                    MonthlyAmounts lastYear = sellers.getOrDefault(id, new MonthlyAmounts());
                    boolean approved = inTeamleadsTeam ? Set.of("am", "kam").contains(usernames.get(id)) : id % 2 == 0;
                    save(info, lastYear, 1.06, 0.15, BigDecimal.valueOf(400_000), drafter, approved ? approver : null);
                }
                case LEADER -> save(info, sellers.getOrDefault(id, new MonthlyAmounts()), 1.05, 0, BigDecimal.valueOf(1_500_000),
                        drafter, "teamlead".equals(usernames.get(id)) ? null : approver);
                case DEPARTMENT -> save(info, departments.getOrDefault(id, new MonthlyAmounts()), 1.10, 0.18, BigDecimal.ZERO,
                        drafter, "manager".equals(usernames.get(info.drafterId())) ? null : approver);
                case KEY_CUSTOMER -> save(info, customers.getOrDefault(id, new MonthlyAmounts()), 1.08, 0, BigDecimal.ZERO,
                        drafter, "kam".equals(usernames.get(info.employeeId())) ? null : approver);
            }
        }
        entityManager.flush();
        entityManager.clear();
    }

    private static Long leaderOf(SubjectInfo info) {
        return info.subject().kind() == BudgetKind.SELLER ? info.drafterId() : null;
    }

    /**
     * A budget grown from last year: the portfolio target is last year's revenue times the growth, the
     * new-sales target a share of it plus a fixed part; both phased like last year's months.
     */
    private void save(SubjectInfo info, MonthlyAmounts lastYear, double growth, double newSalesShare, BigDecimal newSalesBase,
                      String drafter, String approver) {
        List<BigDecimal> weights = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            weights.add(lastYear.total(YearMonth.of(YEAR - 1, month)));
        }
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal portfolio = total.multiply(BigDecimal.valueOf(growth)).setScale(-3, RoundingMode.HALF_UP);
        BigDecimal newSales = total.multiply(BigDecimal.valueOf(newSalesShare)).add(newSalesBase).setScale(-3, RoundingMode.HALF_UP);
        List<BigDecimal> portfolioMonths = Phasing.spread(portfolio, weights);
        List<BigDecimal> newSalesMonths = Phasing.spread(newSales, weights);
        List<BudgetMonth> months = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            months.add(new BudgetMonth(month, portfolioMonths.get(month - 1), newSalesMonths.get(month - 1)));
        }
        BudgetSubject subject = info.subject();
        Budget budget = new Budget(subject,
                info.employeeId() == null ? null : entityManager.getReference(Employee.class, info.employeeId()),
                subject.kind() == BudgetKind.DEPARTMENT ? entityManager.getReference(Department.class, subject.id()) : null,
                subject.kind() == BudgetKind.KEY_CUSTOMER ? entityManager.getReference(Customer.class, subject.id()) : null,
                YEAR, 1);
        budget.replaceMonths(months, drafter, DRAFTED);
        if (approver != null) {
            budget.approve(approver, APPROVED);
        }
        entityManager.persist(budget);
    }
}
