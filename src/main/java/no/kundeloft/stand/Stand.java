package no.kundeloft.stand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Team;

/** A stand: where and on which days a team sells, and who of the team works it. */
@Entity
@Table(name = "stand")
public class Stand extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id")
    private Employee createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "stand_seller",
            joinColumns = @JoinColumn(name = "stand_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    private Set<Employee> sellers = new HashSet<>();

    protected Stand() {}

    Stand(Team team, Employee createdBy, Instant createdAt) {
        this.team = team;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void describe(String place, LocalDate startsOn, LocalDate endsOn, Set<Employee> sellers) {
        this.place = place.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.sellers = new HashSet<>(sellers);
    }

    public boolean isOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Team getTeam() {
        return team;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Set<Employee> getSellers() {
        return sellers;
    }
}
