package no.kundeloft.pipeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kundeloft.customer.OwnerOption;
import no.kundeloft.organisation.RecordScope;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The pipeline's queries: deals in a record scope (owned by someone in it, or at a customer in it)
 * that match a filter, a page at a time with customer, owner and stage fetched in the same
 * statement, and the board's per-stage sums in SQL.
 */
@Component
class DealSearch {

    private static final Map<String, String> SORTABLE =
            Map.of(
                    "customer", "customer.name",
                    "title", "title",
                    "owner", "owner.fullName",
                    "stage", "stage.position",
                    "value", "yearlyValue",
                    "probability", "probability",
                    "closeMonth", "closeMonth",
                    "stageSince", "stageSince",
                    "lastActivity", "lastActivityAt",
                    "slips", "closeMonthSlips");

    private final EntityManager entityManager;

    DealSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Deal> find(
            RecordScope scope,
            DealFilter filter,
            Instant stuckBefore,
            int offset,
            int limit,
            Sort sort) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Deal> query = cb.createQuery(Deal.class);
        Root<Deal> deal = query.from(Deal.class);
        fetchParts(deal);
        query.select(deal)
                .where(conditions(cb, deal, scope, filter, stuckBefore))
                .orderBy(order(cb, deal, sort));
        return entityManager
                .createQuery(query)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The deal with its customer, owner and stage, when it is in the scope. */
    Optional<Deal> visible(RecordScope scope, Long id) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Deal> query = cb.createQuery(Deal.class);
        Root<Deal> deal = query.from(Deal.class);
        fetchParts(deal);
        query.select(deal).where(cb.equal(deal.get("id"), id), inScope(cb, deal, scope));
        return entityManager.createQuery(query).getResultStream().findFirst();
    }

    long count(RecordScope scope, DealFilter filter, Instant stuckBefore) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Deal> deal = query.from(Deal.class);
        query.select(cb.count(deal)).where(conditions(cb, deal, scope, filter, stuckBefore));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** Per stage id: {count, first-year value, weighted value} of the deals matching the filter. */
    Map<Long, Object[]> sumsByStage(RecordScope scope, DealFilter filter, Instant stuckBefore) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Deal> deal = query.from(Deal.class);
        Expression<BigDecimal> value = firstYearValue(cb, deal);
        Expression<BigDecimal> weighted = weighted(cb, deal, value);
        Path<Long> stageId = deal.get("stage").get("id");
        query.multiselect(stageId, cb.count(deal), cb.sum(value), cb.sum(weighted))
                .where(conditions(cb, deal, scope, filter, stuckBefore))
                .groupBy(stageId);
        Map<Long, Object[]> sums = new HashMap<>();
        for (Object[] row : entityManager.createQuery(query).getResultList()) {
            sums.put((Long) row[0], new Object[] {row[1], row[2], row[3]});
        }
        return sums;
    }

    /**
     * Per owner of deals in the scope: open deals and their weighted value, and won and lost deals
     * closed on or after {@code since} with the won ones' value and average days from opened to won
     * — one grouped query.
     */
    List<SellerPipeline> sellers(RecordScope scope, java.time.LocalDate since) {
        String jpql =
                """
                select o.id, o.fullName,
                       sum(case when s.outcome = no.kundeloft.pipeline.StageOutcome.OPEN then 1 else 0 end),
                       sum(case when s.outcome = no.kundeloft.pipeline.StageOutcome.OPEN
                                then (d.yearlyValue + d.oneOffValue) * d.probability / 100 else 0 end),
                       sum(case when s.outcome = no.kundeloft.pipeline.StageOutcome.WON and d.closedOn >= :since then 1 else 0 end),
                       sum(case when s.outcome = no.kundeloft.pipeline.StageOutcome.LOST and d.closedOn >= :since then 1 else 0 end),
                       sum(case when s.outcome = no.kundeloft.pipeline.StageOutcome.WON and d.closedOn >= :since
                                then d.yearlyValue + d.oneOffValue else 0 end),
                       avg(case when s.outcome = no.kundeloft.pipeline.StageOutcome.WON and d.closedOn >= :since
                                then (d.closedOn - d.openedOn) by day end)
                from Deal d join d.owner o join d.stage s join d.customer c
                where (%s or %s)
                group by o.id, o.fullName
                order by o.fullName"""
                        .formatted(scope.jpql("o"), scope.jpql("c.owner"));
        return scope
                .bind(entityManager.createQuery(jpql, Object[].class))
                .setParameter("since", since)
                .getResultList()
                .stream()
                .map(
                        row ->
                                new SellerPipeline(
                                        (Long) row[0],
                                        (String) row[1],
                                        ((Number) row[2]).longValue(),
                                        (BigDecimal) row[3],
                                        ((Number) row[4]).longValue(),
                                        ((Number) row[5]).longValue(),
                                        (BigDecimal) row[6],
                                        row[7] == null ? null : ((Number) row[7]).doubleValue()))
                .toList();
    }

    /**
     * Per customer among the given: its open deals in the scope, counted and summed in one query.
     */
    Map<Long, OpenDeals> openAt(RecordScope scope, java.util.Collection<Long> customerIds) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Deal> deal = query.from(Deal.class);
        Expression<BigDecimal> value = firstYearValue(cb, deal);
        Expression<BigDecimal> weighted = weighted(cb, deal, value);
        Path<Long> customerId = deal.get("customer").get("id");
        query.multiselect(customerId, cb.count(deal), cb.sum(value), cb.sum(weighted))
                .where(
                        inScope(cb, deal, scope),
                        customerId.in(customerIds),
                        cb.equal(deal.get("stage").get("outcome"), StageOutcome.OPEN))
                .groupBy(customerId);
        Map<Long, OpenDeals> open = new HashMap<>();
        for (Object[] row : entityManager.createQuery(query).getResultList()) {
            open.put(
                    (Long) row[0],
                    new OpenDeals((Long) row[1], (BigDecimal) row[2], (BigDecimal) row[3]));
        }
        return open;
    }

    /** The owners of deals in the scope, by name. */
    List<OwnerOption> owners(RecordScope scope) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<OwnerOption> query = cb.createQuery(OwnerOption.class);
        Root<Deal> deal = query.from(Deal.class);
        Path<Object> owner = deal.get("owner");
        query.select(cb.construct(OwnerOption.class, owner.get("id"), owner.get("fullName")))
                .distinct(true)
                .where(inScope(cb, deal, scope))
                .orderBy(cb.asc(owner.get("fullName")));
        return entityManager.createQuery(query).getResultList();
    }

    /**
     * Customer, owner and stage in the same statement as the deal, for the rows and cards that show
     * them.
     */
    private static void fetchParts(Root<Deal> deal) {
        deal.fetch("customer", JoinType.INNER);
        deal.fetch("owner", JoinType.INNER);
        deal.fetch("stage", JoinType.INNER);
    }

    /** Yearly value plus one-off part, as {@link DealRow#value()} counts it. */
    private static Expression<BigDecimal> firstYearValue(CriteriaBuilder cb, Root<Deal> deal) {
        return cb.sum(deal.get("yearlyValue"), deal.get("oneOffValue"));
    }

    /** A value times the deal's probability, as {@link DealRow#weightedValue()} counts it. */
    private static Expression<BigDecimal> weighted(
            CriteriaBuilder cb, Root<Deal> deal, Expression<BigDecimal> value) {
        return cb.quot(cb.prod(value, deal.<Integer>get("probability")), 100).as(BigDecimal.class);
    }

    /**
     * Whether a deal is in the scope: owned by someone in it, or at a customer owned by someone in
     * it.
     */
    static Predicate inScope(CriteriaBuilder cb, From<?, Deal> deal, RecordScope scope) {
        return cb.or(
                scope.predicate(cb, deal.get("owner")),
                scope.predicate(cb, deal.get("customer").get("owner")));
    }

    private static Predicate[] conditions(
            CriteriaBuilder cb,
            Root<Deal> deal,
            RecordScope scope,
            DealFilter filter,
            Instant stuckBefore) {
        List<Predicate> where = new ArrayList<>();
        where.add(inScope(cb, deal, scope));
        Path<StageOutcome> outcome = deal.get("stage").get("outcome");
        if (filter.closed() == null || filter.stuck()) {
            where.add(cb.equal(outcome, StageOutcome.OPEN));
        } else if (filter.closed()) {
            where.add(cb.notEqual(outcome, StageOutcome.OPEN));
        }
        if (filter.stuck()) {
            where.add(cb.lessThan(deal.get("lastActivityAt"), stuckBefore));
        }
        if (filter.ownerId() != null) {
            where.add(cb.equal(deal.get("owner").get("id"), filter.ownerId()));
        }
        if (filter.teamId() != null) {
            where.add(cb.equal(deal.get("owner").get("team").get("id"), filter.teamId()));
        }
        if (filter.kind() != null) {
            where.add(cb.equal(deal.get("kind"), filter.kind()));
        }
        if (filter.closeFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(deal.get("closeMonth"), filter.closeFrom()));
        }
        if (filter.closeTo() != null) {
            where.add(cb.lessThanOrEqualTo(deal.get("closeMonth"), filter.closeTo()));
        }
        if (filter.stageId() != null) {
            where.add(cb.equal(deal.get("stage").get("id"), filter.stageId()));
        }
        if (filter.slipped()) {
            where.add(cb.greaterThan(deal.get("closeMonthSlips"), 0));
        }
        if (filter.keyCustomers()) {
            where.add(
                    cb.equal(
                            deal.get("customer").get("tier"),
                            no.kundeloft.customer.CustomerTier.KEY));
        }
        if (filter.customerId() != null) {
            where.add(cb.equal(deal.get("customer").get("id"), filter.customerId()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Deal> deal, Sort sort) {
        List<Order> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String path = SORTABLE.get(order.getProperty());
            if (path == null) {
                throw new IllegalArgumentException(
                        "Deals cannot be sorted by " + order.getProperty());
            }
            Path<?> expression = deal;
            for (String part : path.split("\\.")) {
                expression = expression.get(part);
            }
            orders.add(order.isAscending() ? cb.asc(expression) : cb.desc(expression));
        }
        orders.add(cb.asc(deal.get("id")));
        return orders;
    }
}
