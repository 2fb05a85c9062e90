package no.kundeloft.calling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.organisation.Employee;

/**
 * A phone system allowed to post calls, known by its token's fingerprint; revoked, its token no
 * longer works.
 */
@Entity
@Table(name = "phone_integration")
public class PhoneIntegration extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id")
    private Employee createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected PhoneIntegration() {}

    PhoneIntegration(String name, String tokenHash, Employee createdBy, Instant createdAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void used(Instant at) {
        this.lastUsedAt = at;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
