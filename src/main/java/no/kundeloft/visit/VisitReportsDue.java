package no.kundeloft.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.kundeloft.base.Formats;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.task.PendingReports;
import no.kundeloft.task.TaskRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits still planned after they ended: their hosts owe a report, which task lists show as a task.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
class VisitReportsDue implements PendingReports {

    private final EntityManager entityManager;
    private final Clock clock;

    VisitReportsDue(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public long count(RecordScope scope, Long hostId, LocalDate from, LocalDate until) {
        return query("select count(v)", scope, hostId, from, until, Long.class).getSingleResult();
    }

    @Override
    public List<TaskRow> page(
            RecordScope scope,
            Long hostId,
            LocalDate from,
            LocalDate until,
            int offset,
            int limit) {
        return query("select v", scope, hostId, from, until, Visit.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(
                        v ->
                                TaskRow.reportDue(
                                        v.getId(),
                                        v.getPurpose(),
                                        v.getCustomer().getId(),
                                        v.getCustomer().getName(),
                                        v.getHost().getId(),
                                        v.getHost().getFullName(),
                                        LocalDate.ofInstant(v.getStartsAt(), Formats.ZONE)))
                .toList();
    }

    private <T> TypedQuery<T> query(
            String select,
            RecordScope scope,
            Long hostId,
            LocalDate from,
            LocalDate until,
            Class<T> type) {
        boolean rows = type == Visit.class;
        StringBuilder jpql =
                new StringBuilder(select)
                        .append(
                                rows
                                        ? " from Visit v join fetch v.customer join fetch v.host h"
                                        : " from Visit v join v.host h")
                        .append(" ")
                        .append(
                                """
                 where v.status = no.kundeloft.visit.VisitStatus.PLANNED and v.endsAt <= :now
                   and exists (select 1 from Employee e where e = h and %s)"""
                                        .formatted(scope.jpql("e")));
        if (hostId != null) {
            jpql.append(" and h.id = :host");
        }
        if (from != null) {
            jpql.append(" and v.startsAt >= :from");
        }
        if (until != null) {
            jpql.append(" and v.startsAt < :untilEnd");
        }
        if (rows) {
            jpql.append(" order by v.startsAt, v.id");
        }
        TypedQuery<T> query =
                scope.bind(entityManager.createQuery(jpql.toString(), type))
                        .setParameter("now", clock.instant());
        if (hostId != null) {
            query.setParameter("host", hostId);
        }
        if (from != null) {
            query.setParameter("from", from.atStartOfDay(Formats.ZONE).toInstant());
        }
        if (until != null) {
            query.setParameter(
                    "untilEnd", until.plusDays(1).atStartOfDay(Formats.ZONE).toInstant());
        }
        return query;
    }
}
