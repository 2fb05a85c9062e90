package no.kundeloft.pipeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.revenue.LoadedThrough;
import no.kundeloft.revenue.MonthlyAmounts;
import no.kundeloft.revenue.RevenueRollup;
import no.kundeloft.revenue.RollupLevel;
import org.springframework.stereotype.Component;

/**
 * The weighted pipeline as monthly amounts in the year's open months (after the last loaded month),
 * the way budgets and revenue are summed: growth deals as portfolio, deals for new customers as new
 * sales, credited to the deal's owner and rolled up through today's organisation, limited to a
 * record scope.
 *
 * <p>A deal counts its yearly value times its probability pro rata (a twelfth a month) in every
 * month after its close month (so this year from the month after it to December, and next year all
 * twelve), and its one-off part in its close month; months already loaded are actuals, so only open
 * months count (a one-off part of a deal whose close month has passed this year counts in the first
 * open month). Open deals closing from a year before the year on count; won deals count at 100 %
 * until their first month of revenue can have been loaded (close month at or after the last loaded
 * month), after which their revenue is actual. The sums per close month and kind are made in SQL;
 * the spreading over months is arithmetic.
 */
@Component
public class DealRollup {

    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EntityManager entityManager;

    DealRollup(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The weighted pipeline of a year's open months for what lies under the given ids of a level,
     * broken down by a level below it ({@link RollupLevel#ALL} for none, keyed {@link
     * RevenueRollup#WHOLE}).
     */
    public Map<Long, MonthlyAmounts> byGroup(
            RecordScope scope,
            RollupLevel level,
            Set<Long> ids,
            RollupLevel groupBy,
            int year,
            LoadedThrough loaded) {
        Map<Long, MonthlyAmounts> groups = new HashMap<>();
        YearMonth firstOpen = firstOpenMonth(year, loaded);
        if (scope.isEmpty() || (level != RollupLevel.ALL && ids.isEmpty()) || firstOpen == null) {
            return groups;
        }
        String group = groupBy == RollupLevel.ALL ? null : path(groupBy);
        String jpql =
                """
                select %s, d.closeMonth, d.kind, sum(d.yearlyValue * d.probability), sum(d.oneOffValue * d.probability)
                from Deal d join d.owner e join d.stage s
                where d.closeMonth >= :earliest and d.closeMonth <= :yearEnd
                  and (s.outcome = no.kundeloft.pipeline.StageOutcome.OPEN
                       or (s.outcome = no.kundeloft.pipeline.StageOutcome.WON and d.closeMonth >= :wonFrom))
                  %s and %s
                group by %s d.closeMonth, d.kind"""
                        .formatted(
                                group == null ? "0" : group,
                                level == RollupLevel.ALL ? "" : "and " + path(level) + " in :ids",
                                scope.jpql("e"),
                                group == null ? "" : group + ",");
        TypedQuery<Object[]> query =
                scope.bind(entityManager.createQuery(jpql, Object[].class))
                        .setParameter("earliest", YearMonth.of(year - 1, 1))
                        .setParameter("yearEnd", YearMonth.of(year, 12))
                        .setParameter(
                                "wonFrom",
                                loaded.any() ? loaded.month() : YearMonth.of(year - 1, 1));
        if (level != RollupLevel.ALL) {
            query.setParameter("ids", ids);
        }
        for (Object[] row : query.getResultList()) {
            Long key = group == null ? RevenueRollup.WHOLE : ((Number) row[0]).longValue();
            spread(
                    groups.computeIfAbsent(key, k -> new MonthlyAmounts()),
                    (YearMonth) row[1],
                    (DealKind) row[2],
                    (BigDecimal) row[3],
                    (BigDecimal) row[4],
                    firstOpen,
                    YearMonth.of(year, 12));
        }
        return groups;
    }

    /** The first month of the year whose revenue is not loaded, or null when the whole year is. */
    static YearMonth firstOpenMonth(int year, LoadedThrough loaded) {
        int loadedMonths = loaded.monthsOf(year);
        return loadedMonths == 12 ? null : YearMonth.of(year, loadedMonths + 1);
    }

    /**
     * Adds one close month's weighted sums (value × percent) to the open months up to {@code last}
     * they count in.
     */
    static void spread(
            MonthlyAmounts amounts,
            YearMonth closeMonth,
            DealKind kind,
            BigDecimal yearlyTimesPercent,
            BigDecimal oneOffTimesPercent,
            YearMonth firstOpen,
            YearMonth last) {
        BigDecimal monthly = yearlyTimesPercent.divide(TWELVE_HUNDRED, 2, RoundingMode.HALF_UP);
        YearMonth from =
                closeMonth.plusMonths(1).isBefore(firstOpen) ? firstOpen : closeMonth.plusMonths(1);
        for (YearMonth month = from; !month.isAfter(last); month = month.plusMonths(1)) {
            add(amounts, month, kind, monthly);
        }
        if (oneOffTimesPercent.signum() != 0 && closeMonth.getYear() == last.getYear()) {
            add(
                    amounts,
                    closeMonth.isBefore(firstOpen) ? firstOpen : closeMonth,
                    kind,
                    oneOffTimesPercent.divide(HUNDRED, 2, RoundingMode.HALF_UP));
        }
    }

    private static void add(
            MonthlyAmounts amounts, YearMonth month, DealKind kind, BigDecimal amount) {
        if (kind == DealKind.GROWTH) {
            amounts.add(month, amount, BigDecimal.ZERO);
        } else {
            amounts.add(month, BigDecimal.ZERO, amount);
        }
    }

    private static String path(RollupLevel level) {
        return level == RollupLevel.CUSTOMER ? "d.customer.id" : level.pathFromSeller("e");
    }
}
