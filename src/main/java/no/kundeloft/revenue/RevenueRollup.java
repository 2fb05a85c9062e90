package no.kundeloft.revenue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kundeloft.organisation.RecordScope;
import org.springframework.stereotype.Component;

/**
 * Sums revenue in SQL. Each month's revenue is credited to whoever owned the customer on its first
 * day (the ownership period covering it) and rolls up through that owner's team, department and
 * division as they are today. Sellers and the levels above read the credited months per seller kept
 * by {@link CreditedRevenue}; a customer's or a seller's customers' figures are summed from the
 * revenue itself, grouped by month and by the month the customer was won, so {@link RevenueKind#of}
 * classifies a few hundred groups, never the entries.
 *
 * <p>Every sum is limited to a record scope: figures credited to sellers in it, or for a single
 * customer, the customer's figures when its owner is in it. Callers pass the signed-in user's
 * scope; only the demo seeder passes {@link RecordScope#all()}.
 */
@Component
public class RevenueRollup {

    /** The key of the single group when figures are not broken down. */
    public static final Long WHOLE = 0L;

    private final EntityManager entityManager;
    private final CreditedRevenue credited;

    RevenueRollup(EntityManager entityManager, CreditedRevenue credited) {
        this.entityManager = entityManager;
        this.credited = credited;
    }

    /**
     * Monthly sums for what lies under the given ids of a level, broken down by a level below it
     * ({@link RollupLevel#ALL} for no breakdown, keyed {@link #WHOLE}), within the scope.
     */
    public Map<Long, MonthlyAmounts> byGroup(
            RecordScope scope,
            RollupLevel level,
            Set<Long> ids,
            RollupLevel groupBy,
            YearMonth from,
            YearMonth to) {
        Map<Long, MonthlyAmounts> groups = new HashMap<>();
        if (to.isBefore(from) || scope.isEmpty() || (level != RollupLevel.ALL && ids.isEmpty())) {
            return groups;
        }
        credited.refreshPending();
        if (level != RollupLevel.CUSTOMER && groupBy != RollupLevel.CUSTOMER) {
            return bySellerMonths(scope, level, ids, groupBy, from, to);
        }
        String group = groupBy == RollupLevel.ALL ? null : path(groupBy);
        String jpql =
                """
                select %s, r.month, year(c.customerSince), month(c.customerSince), sum(r.amount)
                from RevenueEntry r join r.customer c, CustomerOwnership o join o.owner e
                where o.customer = c and o.validFrom <= r.month and (o.validTo is null or o.validTo > r.month)
                  and r.month >= :from and r.month <= :to %s and %s
                group by %s r.month, year(c.customerSince), month(c.customerSince)"""
                        .formatted(
                                group == null ? "0" : group,
                                level == RollupLevel.ALL ? "" : "and " + path(level) + " in :ids",
                                scope.jpql(level == RollupLevel.CUSTOMER ? "c.owner" : "e"),
                                group == null ? "" : group + ",");
        for (Object[] row : rows(jpql, scope, level, ids, from, to)) {
            Long key = group == null ? WHOLE : ((Number) row[0]).longValue();
            YearMonth month = YearMonth.from((LocalDate) row[1]);
            LocalDate won =
                    row[2] == null
                            ? null
                            : LocalDate.of(
                                    ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), 1);
            BigDecimal amount = (BigDecimal) row[4];
            boolean newSales = RevenueKind.of(won, month) == RevenueKind.NEW_SALES;
            groups.computeIfAbsent(key, k -> new MonthlyAmounts())
                    .add(
                            month,
                            newSales ? BigDecimal.ZERO : amount,
                            newSales ? amount : BigDecimal.ZERO);
        }
        return groups;
    }

    /**
     * The same sums read from the credited months per seller ({@link CreditedRevenue}), for levels
     * of sellers and above.
     */
    private Map<Long, MonthlyAmounts> bySellerMonths(
            RecordScope scope,
            RollupLevel level,
            Set<Long> ids,
            RollupLevel groupBy,
            YearMonth from,
            YearMonth to) {
        String group = groupBy == RollupLevel.ALL ? null : groupBy.pathFromSeller("e");
        String jpql =
                """
                select %s, m.key.month, sum(m.portfolio), sum(m.newSales)
                from CreditedMonth m join m.owner e
                where m.key.month >= :from and m.key.month <= :to %s and %s
                group by %s m.key.month"""
                        .formatted(
                                group == null ? "0" : group,
                                level == RollupLevel.ALL
                                        ? ""
                                        : "and " + level.pathFromSeller("e") + " in :ids",
                                scope.jpql("e"),
                                group == null ? "" : group + ",");
        Map<Long, MonthlyAmounts> groups = new HashMap<>();
        for (Object[] row : rows(jpql, scope, level, ids, from, to)) {
            Long key = group == null ? WHOLE : ((Number) row[0]).longValue();
            groups.computeIfAbsent(key, k -> new MonthlyAmounts())
                    .add(
                            YearMonth.from((LocalDate) row[1]),
                            (BigDecimal) row[2],
                            (BigDecimal) row[3]);
        }
        return groups;
    }

    private List<Object[]> rows(
            String jpql,
            RecordScope scope,
            RollupLevel level,
            Set<Long> ids,
            YearMonth from,
            YearMonth to) {
        TypedQuery<Object[]> query =
                entityManager
                        .createQuery(jpql, Object[].class)
                        .setParameter("from", from.atDay(1))
                        .setParameter("to", to.atDay(1));
        if (level != RollupLevel.ALL) {
            query.setParameter("ids", ids);
        }
        scope.bind(query);
        return query.getResultList();
    }

    private static String path(RollupLevel level) {
        return level == RollupLevel.CUSTOMER ? "c.id" : level.pathFromSeller("e");
    }
}
