package no.kundeloft.revenue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import no.kundeloft.organisation.RecordScope;
import org.springframework.stereotype.Component;

/**
 * Sums revenue in SQL for a scope and a period. Each month's revenue is credited to whoever owned
 * the customer on its first day (the ownership period covering it) and rolls up through that owner's
 * team, department and division as they are today. Rows come back grouped by month and by the month
 * the customer was won, so {@link RevenueKind#of} classifies a few hundred groups, never the entries.
 */
@Component
class RevenueRollup {

    private final EntityManager entityManager;

    RevenueRollup(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Portfolio and new-sales sums for the months from {@code from} to {@code to}, both included. */
    BigDecimal[] sum(RecordScope scope, YearMonth from, YearMonth to) {
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
        if (scope.isEmpty() || to.isBefore(from)) {
            return sums;
        }
        String jpql = """
                select r.month, year(c.customerSince), month(c.customerSince), sum(r.amount)
                from RevenueEntry r join r.customer c, CustomerOwnership o
                where o.customer = c and o.validFrom <= r.month and (o.validTo is null or o.validTo > r.month)
                  and r.month >= :from and r.month <= :to %s
                group by r.month, year(c.customerSince), month(c.customerSince)""".formatted(scopeCondition(scope));
        TypedQuery<Object[]> query = entityManager.createQuery(jpql, Object[].class)
                .setParameter("from", from.atDay(1))
                .setParameter("to", to.atDay(1));
        if (scope.level() != RecordScope.Level.ALL) {
            query.setParameter("ids", scope.ids());
        }
        for (Object[] row : query.getResultList()) {
            YearMonth month = YearMonth.from((LocalDate) row[0]);
            LocalDate won = row[1] == null ? null : LocalDate.of(((Number) row[1]).intValue(), ((Number) row[2]).intValue(), 1);
            int index = RevenueKind.of(won, month) == RevenueKind.NEW_SALES ? 1 : 0;
            sums[index] = sums[index].add((BigDecimal) row[3]);
        }
        return sums;
    }

    private static String scopeCondition(RecordScope scope) {
        return switch (scope.level()) {
            case ALL -> "";
            case OWNER -> "and o.owner.id in :ids";
            case TEAMS -> "and o.owner.team.id in :ids";
            case DEPARTMENTS -> "and o.owner.team.department.id in :ids";
            case DIVISIONS -> "and o.owner.team.department.division.id in :ids";
        };
    }
}
