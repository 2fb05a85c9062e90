package no.kundeloft.history;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.PluralAttribute;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import no.kundeloft.history.HistoryEntry.FieldChange;
import no.kundeloft.history.HistoryEntry.Kind;
import org.hibernate.Hibernate;
import org.hibernate.ObjectNotFoundException;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the change history Envers keeps and turns consecutive versions of a record into field
 * changes. It checks no access itself: the feature services call it for a record they have already
 * found in the signed-in user's scope, and the admins' search is secured in {@link HistoryService}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class ChangeHistory {

    private final EntityManager entityManager;

    public ChangeHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every version of one record, newest first. */
    public List<HistoryEntry> of(Class<?> type, Long id) {
        return entries(type, query(type).add(AuditEntity.id().eq(id)));
    }

    /**
     * Every version of every record of {@code type} whose {@code relation} ever pointed at {@code
     * ownerId}, newest first.
     */
    public List<HistoryEntry> ofRelated(Class<?> type, String relation, Long ownerId) {
        return entries(type, query(type).add(AuditEntity.relatedId(relation).eq(ownerId)));
    }

    /**
     * Every version of every record of {@code type} whose two properties ever had the given values,
     * newest first.
     */
    public List<HistoryEntry> matching(
            Class<?> type, String property, Object value, String otherProperty, Object otherValue) {
        return entries(
                type,
                query(type)
                        .add(AuditEntity.property(property).eq(value))
                        .add(AuditEntity.property(otherProperty).eq(otherValue)));
    }

    /**
     * A record's versions together with those of its parts (records of the {@code parts} types
     * whose {@code relation} points at it, such as a visit's participants), newest first.
     */
    public List<HistoryEntry> withParts(
            Class<?> type, Long id, String relation, Class<?>... parts) {
        List<HistoryEntry> entries = new ArrayList<>(of(type, id));
        for (Class<?> part : parts) {
            entries.addAll(ofRelated(part, relation, id));
        }
        entries.sort(HistoryEntry.NEWEST_FIRST);
        return entries;
    }

    /**
     * The entity classes whose versions are kept (known from the mapping, so no query is needed).
     */
    List<Class<?>> auditedTypes() {
        return entityManager.getMetamodel().getEntities().stream()
                .<Class<?>>map(entity -> entity.getJavaType())
                .filter(type -> type.isAnnotationPresent(Audited.class))
                .toList();
    }

    /**
     * The changes one revision made to records of {@code type}, each against the version before it.
     */
    List<HistoryEntry> inRevision(Class<?> type, long revision, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                query(type)
                        .add(AuditEntity.revisionNumber().eq(revision))
                        .setMaxResults(limit)
                        .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            Object previous =
                    row[2] == RevisionType.ADD ? null : versionBefore(type, idOf(row[0]), revision);
            entry(type, previous, row).ifPresent(entries::add);
        }
        return entries;
    }

    /**
     * Several entries of one revision (say, the months one import wrote) as one entry whose fields
     * are their labels.
     */
    public static List<HistoryEntry> mergedByRevision(
            List<HistoryEntry> entries, String valueField, String recordType) {
        Map<Long, List<HistoryEntry>> byRevision = new LinkedHashMap<>();
        entries.forEach(
                entry ->
                        byRevision
                                .computeIfAbsent(entry.revision(), r -> new ArrayList<>())
                                .add(entry));
        List<HistoryEntry> merged = new ArrayList<>();
        for (List<HistoryEntry> group : byRevision.values()) {
            HistoryEntry first = group.getFirst();
            List<FieldChange> changes = new ArrayList<>();
            for (HistoryEntry entry : group) {
                entry.changes().stream()
                        .filter(change -> change.field().equals(valueField))
                        .findFirst()
                        .ifPresent(
                                change ->
                                        changes.add(
                                                new FieldChange(
                                                        entry.recordLabel(),
                                                        change.from(),
                                                        change.to())));
            }
            Kind kind =
                    group.stream().allMatch(entry -> entry.kind() == first.kind())
                            ? first.kind()
                            : Kind.CHANGED;
            merged.add(
                    new HistoryEntry(
                            first.revision(),
                            first.at(),
                            first.byUsername(),
                            first.byName(),
                            recordType,
                            null,
                            "",
                            kind,
                            changes));
        }
        return merged;
    }

    private AuditQuery query(Class<?> type) {
        return reader().createQuery().forRevisionsOfEntity(type, false, true);
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(entityManager);
    }

    private Object versionBefore(Class<?> type, Long id, long revision) {
        List<?> before =
                reader().createQuery()
                        .forRevisionsOfEntity(type, true, true)
                        .add(AuditEntity.id().eq(id))
                        .add(AuditEntity.revisionNumber().lt(revision))
                        .addOrder(AuditEntity.revisionNumber().desc())
                        .setMaxResults(1)
                        .getResultList();
        return before.isEmpty() ? null : before.getFirst();
    }

    private List<HistoryEntry> entries(Class<?> type, AuditQuery query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = new ArrayList<>(query.getResultList());
        rows.sort(
                Comparator.comparing((Object[] row) -> idOf(row[0]))
                        .thenComparing(row -> ((ChangeRevision) row[1]).getId()));
        Map<Long, Object> previousVersions = new HashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            Object previous = previousVersions.put(idOf(row[0]), row[0]);
            entry(type, row[2] == RevisionType.ADD ? null : previous, row).ifPresent(entries::add);
        }
        entries.sort(HistoryEntry.NEWEST_FIRST);
        return entries;
    }

    private Optional<HistoryEntry> entry(Class<?> type, Object previous, Object[] row) {
        Object version = row[0];
        ChangeRevision revision = (ChangeRevision) row[1];
        RevisionType revisionType = (RevisionType) row[2];
        Kind kind =
                switch (revisionType) {
                    case ADD -> Kind.CREATED;
                    case MOD -> Kind.CHANGED;
                    case DEL -> Kind.REMOVED;
                };
        List<FieldChange> changes =
                kind == Kind.REMOVED ? List.of() : changes(type, previous, version);
        if (kind == Kind.CHANGED && changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new HistoryEntry(
                        revision.getId(),
                        revision.getChangedAt(),
                        revision.getChangedBy(),
                        revision.getChangedByName(),
                        type.getSimpleName(),
                        idOf(version),
                        label(version),
                        kind,
                        changes));
    }

    private List<FieldChange> changes(Class<?> type, Object before, Object after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Attribute<?, ?> attribute :
                entityManager.getMetamodel().entity(type).getAttributes()) {
            if (!(attribute.getJavaMember() instanceof Field field) || !kept(attribute, field)) {
                continue;
            }
            Object from = before == null ? null : read(field, before);
            Object to = read(field, after);
            if (!same(from, to)) {
                changes.add(new FieldChange(attribute.getName(), shown(from), shown(to)));
            }
        }
        changes.sort(Comparator.comparing(FieldChange::field));
        return changes;
    }

    /**
     * Identity, version, what Envers does not keep, and a parent's list of its own audited children
     * are left out.
     */
    private static boolean kept(Attribute<?, ?> attribute, Field field) {
        boolean children =
                attribute instanceof PluralAttribute<?, ?, ?>
                        && attribute.getPersistentAttributeType()
                                == Attribute.PersistentAttributeType.ONE_TO_MANY;
        return !field.getDeclaringClass().equals(AbstractEntity.class)
                && !field.isAnnotationPresent(NotAudited.class)
                && !children;
    }

    private static Object read(Field field, Object target) {
        try {
            field.setAccessible(true);
            return field.get(Hibernate.unproxy(target));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    /** References and collections are shown by their labels, the rest as it is. */
    private Object shown(Object value) {
        if (value instanceof Collection<?> collection) {
            List<String> labels = collection.stream().map(this::label).sorted().toList();
            return labels.isEmpty() ? null : String.join(", ", labels);
        }
        return value instanceof AbstractEntity || value instanceof Labelled ? label(value) : value;
    }

    /**
     * References are the same when they point at the same record (its name may have changed
     * meanwhile); amounts are the same when equal in value (12.50 and 12.5).
     */
    private static boolean same(Object a, Object b) {
        return Objects.equals(key(a), key(b));
    }

    private static Object key(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty()
                    ? null
                    : collection.stream().map(ChangeHistory::key).collect(Collectors.toSet());
        }
        if (value instanceof HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getIdentifier();
        }
        if (value instanceof AbstractEntity entity) {
            return entity.getId();
        }
        if (value instanceof Labelled labelled) {
            return labelled.label();
        }
        return value instanceof BigDecimal amount ? amount.stripTrailingZeros() : value;
    }

    /**
     * A record's label as it was at that version; a record saved before the history began has no
     * version to read, so its label as it is now stands in.
     */
    private String label(Object value) {
        try {
            Object real = Hibernate.unproxy(value);
            return real instanceof Labelled labelled
                    ? labelled.label()
                    : real instanceof AbstractEntity entity
                            ? "#" + entity.getId()
                            : String.valueOf(real);
        } catch (EntityNotFoundException | ObjectNotFoundException e) {
            LazyInitializer proxy = ((HibernateProxy) value).getHibernateLazyInitializer();
            Object current = entityManager.find(proxy.getPersistentClass(), proxy.getIdentifier());
            return current instanceof Labelled labelled
                    ? labelled.label()
                    : "#" + proxy.getIdentifier();
        }
    }

    private static Long idOf(Object entity) {
        return ((AbstractEntity) Hibernate.unproxy(entity)).getId();
    }
}
