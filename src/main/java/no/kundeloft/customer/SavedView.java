package no.kundeloft.customer;

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
 * A named view of the customer list: its filters and sort as the address keeps them; shared with a
 * team, or personal.
 */
@Entity
@Table(name = "saved_view")
public class SavedView extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Employee owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 1000)
    private String query;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedView() {}

    SavedView(Employee owner, Team team, String name, String query, Instant createdAt) {
        this.owner = owner;
        this.team = team;
        this.name = name;
        this.query = query;
        this.createdAt = createdAt;
    }

    public Employee getOwner() {
        return owner;
    }

    public Team getTeam() {
        return team;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }
}
