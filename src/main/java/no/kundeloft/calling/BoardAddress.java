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
import no.kundeloft.organisation.Team;

/**
 * The read-only address of a team's board for a wall screen: the token is its only key, and only
 * its fingerprint is kept.
 */
@Entity
@Table(name = "board_address")
public class BoardAddress extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id")
    private Employee createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BoardAddress() {}

    BoardAddress(Team team, String tokenHash, Employee createdBy, Instant createdAt) {
        this.team = team;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Team getTeam() {
        return team;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
