package no.kundeloft.history;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved transaction that changed audited records: when, by whom, and which kinds of record. */
@Entity
@Table(name = "change_revision")
@RevisionEntity(ChangeRevisionListener.class)
public class ChangeRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    /**
     * Milliseconds since the epoch, from the Clock bean (the listener overwrites Envers' own
     * reading).
     */
    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long changedAtMillis;

    /**
     * The username that saved, or {@link #SYSTEM} for imports at start-up, the demo seeder and
     * scheduled jobs.
     */
    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_by_name", nullable = false, length = 120)
    private String changedByName;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(
            name = "change_revision_entity",
            joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "entity_name", nullable = false, length = 100)
    @ModifiedEntityNames
    private Set<String> entityNames = new HashSet<>();

    public static final String SYSTEM = "system";

    public long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(changedAtMillis);
    }

    void setChangedAtMillis(long changedAtMillis) {
        this.changedAtMillis = changedAtMillis;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getChangedByName() {
        return changedByName;
    }

    void setChangedBy(String username, String fullName) {
        this.changedBy = username;
        this.changedByName = fullName;
    }

    public Set<String> getEntityNames() {
        return entityNames;
    }
}
