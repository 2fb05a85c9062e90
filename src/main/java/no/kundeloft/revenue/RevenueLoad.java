package no.kundeloft.revenue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The organisation's one row saying through which month revenue is loaded, and who said so last.
 */
@Entity
@Table(name = "revenue_load")
class RevenueLoad {

    static final long ID = 1;

    @Id private Long id;

    @Version private long version;

    /** The first day of the last loaded month; null before any revenue is loaded. */
    @Column(name = "loaded_through")
    private LocalDate loadedThrough;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected RevenueLoad() {}

    LoadedThrough loadedThrough() {
        return new LoadedThrough(loadedThrough == null ? null : YearMonth.from(loadedThrough));
    }

    String changedBy() {
        return changedBy;
    }

    Instant changedAt() {
        return changedAt;
    }

    void set(YearMonth month, String by, Instant at) {
        this.loadedThrough = month.atDay(1);
        this.changedBy = by;
        this.changedAt = at;
    }
}
