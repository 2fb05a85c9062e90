package no.kundeloft.history;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.base.LikePatterns;
import no.kundeloft.base.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admins' search over every change anyone saved, and what one save changed. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class HistoryService {

    /**
     * A save may touch thousands of records (a revenue import); this many of each kind are shown.
     */
    public static final int RECORDS_SHOWN_PER_KIND = 200;

    private final ChangeRevisionRepository revisions;
    private final ChangeHistory changeHistory;

    HistoryService(ChangeRevisionRepository revisions, ChangeHistory changeHistory) {
        this.revisions = revisions;
        this.changeHistory = changeHistory;
    }

    /** Saves matching the filter, newest first. */
    public Page<RevisionRow> search(HistoryFilter filter, Pageable pageable) {
        return revisions.findAll(matching(filter), pageable).map(HistoryService::row);
    }

    public long count(HistoryFilter filter) {
        return revisions.count(matching(filter));
    }

    /**
     * The kinds of record the history keeps (the audited entities' simple names), for the search's
     * record-type filter.
     */
    public List<String> recordTypes() {
        return changeHistory.auditedTypes().stream().map(Class::getSimpleName).sorted().toList();
    }

    /** What one save changed, record by record, each against the version before it. */
    public List<HistoryEntry> changesIn(long revisionId) {
        ChangeRevision revision =
                revisions
                        .findById(revisionId)
                        .orElseThrow(() -> new NotFoundException("Revision", revisionId));
        List<HistoryEntry> entries = new ArrayList<>();
        for (String entityName : revision.getEntityNames().stream().sorted().toList()) {
            entries.addAll(
                    changeHistory.inRevision(
                            entityClass(entityName), revisionId, RECORDS_SHOWN_PER_KIND));
        }
        return entries;
    }

    private static Specification<ChangeRevision> matching(HistoryFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.who() != null && !filter.who().isBlank()) {
                String pattern = LikePatterns.containing(filter.who());
                conditions.add(
                        cb.or(
                                cb.like(
                                        cb.lower(root.get("changedBy")),
                                        pattern,
                                        LikePatterns.ESCAPE),
                                cb.like(
                                        cb.lower(root.get("changedByName")),
                                        pattern,
                                        LikePatterns.ESCAPE)));
            }
            if (filter.recordType() != null) {
                Join<ChangeRevision, String> names = root.join("entityNames");
                conditions.add(cb.like(names, "%." + filter.recordType()));
                query.distinct(true);
            }
            if (filter.from() != null) {
                conditions.add(
                        cb.greaterThanOrEqualTo(
                                root.get("changedAtMillis"), filter.from().toEpochMilli()));
            }
            if (filter.until() != null) {
                conditions.add(
                        cb.lessThan(root.get("changedAtMillis"), filter.until().toEpochMilli()));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    private static RevisionRow row(ChangeRevision revision) {
        return new RevisionRow(
                revision.getId(),
                revision.getChangedAt(),
                revision.getChangedBy(),
                revision.getChangedByName(),
                revision.getEntityNames().stream()
                        .map(HistoryService::simpleName)
                        .sorted()
                        .toList());
    }

    private static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }

    private static Class<?> entityClass(String entityName) {
        try {
            return Class.forName(entityName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "The history names an entity that no longer exists: " + entityName, e);
        }
    }
}
