package no.kundeloft.budget;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.revenue.MonthlyAmounts;
import no.kundeloft.revenue.RevenueRollup;
import no.kundeloft.revenue.RollupLevel;
import org.springframework.stereotype.Component;

/**
 * Sums the budgets in force (the approved revision, or the first draft while none is approved) in
 * SQL, per month, the same way {@link RevenueRollup} sums revenue: sellers' and team leaders' own
 * budgets roll up through today's organisation; key-customer budgets are summed per customer.
 *
 * <p>Every sum is limited to a record scope, as {@link RevenueRollup}'s: budgets of sellers in it,
 * a single customer's when its owner is in it, departments the scope holds whole.
 */
@Component
public class BudgetRollup {

    private static final String IN_FORCE =
            """
            (b.status = no.kundeloft.budget.BudgetStatus.APPROVED
             or (b.status in (no.kundeloft.budget.BudgetStatus.DRAFT, no.kundeloft.budget.BudgetStatus.SENT) and b.revision = 1))""";

    private final EntityManager entityManager;

    BudgetRollup(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Monthly budget sums for what lies under the given ids of a level, broken down by a level
     * below it ({@link RollupLevel#ALL} for none, keyed {@link RevenueRollup#WHOLE}). Broken down
     * by customer, or for a single customer, only key-customer budgets count.
     */
    public Map<Long, MonthlyAmounts> byGroup(
            RecordScope scope, RollupLevel level, Set<Long> ids, RollupLevel groupBy, int year) {
        Map<Long, MonthlyAmounts> groups = new HashMap<>();
        if (scope.isEmpty() || (level != RollupLevel.ALL && ids.isEmpty())) {
            return groups;
        }
        boolean perCustomer = level == RollupLevel.CUSTOMER || groupBy == RollupLevel.CUSTOMER;
        String kinds =
                perCustomer
                        ? "(no.kundeloft.budget.BudgetKind.KEY_CUSTOMER)"
                        : "(no.kundeloft.budget.BudgetKind.SELLER, no.kundeloft.budget.BudgetKind.LEADER)";
        String group = groupBy == RollupLevel.ALL ? null : path(groupBy);
        String jpql =
                """
                select %s, m.month, sum(m.portfolio), sum(m.newSales)
                from Budget b join b.months m join b.employee e
                where b.year = :year and b.kind in %s and %s %s and %s
                group by %s m.month"""
                        .formatted(
                                group == null ? "0" : group,
                                kinds,
                                IN_FORCE,
                                level == RollupLevel.ALL ? "" : "and " + path(level) + " in :ids",
                                scope.jpql(
                                        level == RollupLevel.CUSTOMER ? "b.customer.owner" : "e"),
                                group == null ? "" : group + ",");
        TypedQuery<Object[]> query =
                scope.bind(
                        entityManager.createQuery(jpql, Object[].class).setParameter("year", year));
        if (level != RollupLevel.ALL) {
            query.setParameter("ids", ids);
        }
        for (Object[] row : query.getResultList()) {
            Long key = group == null ? RevenueRollup.WHOLE : ((Number) row[0]).longValue();
            groups.computeIfAbsent(key, k -> new MonthlyAmounts())
                    .add(
                            YearMonth.of(year, ((Number) row[1]).intValue()),
                            (BigDecimal) row[2],
                            (BigDecimal) row[3]);
        }
        return groups;
    }

    /** The top-down department budgets in force for a year, per department. */
    public Map<Long, MonthlyAmounts> departments(
            RecordScope scope, Set<Long> departmentIds, int year) {
        Map<Long, MonthlyAmounts> groups = new HashMap<>();
        if (departmentIds.isEmpty()) {
            return groups;
        }
        String jpql =
                """
                select b.department.id, m.month, sum(m.portfolio), sum(m.newSales)
                from Budget b join b.months m
                where b.year = :year and b.kind = no.kundeloft.budget.BudgetKind.DEPARTMENT and %s
                  and b.department.id in :ids and %s
                group by b.department.id, m.month"""
                        .formatted(
                                IN_FORCE,
                                scope.jpql(RecordScope.Level.DEPARTMENTS, "b.department"));
        for (Object[] row :
                scope.bind(entityManager.createQuery(jpql, Object[].class))
                        .setParameter("year", year)
                        .setParameter("ids", departmentIds)
                        .getResultList()) {
            groups.computeIfAbsent((Long) row[0], k -> new MonthlyAmounts())
                    .add(
                            YearMonth.of(year, ((Number) row[1]).intValue()),
                            (BigDecimal) row[2],
                            (BigDecimal) row[3]);
        }
        return groups;
    }

    private static String path(RollupLevel level) {
        return level == RollupLevel.CUSTOMER ? "b.customer.id" : level.pathFromSeller("e");
    }
}
