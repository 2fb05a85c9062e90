package no.kundeloft.calling;

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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Texts;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Team;

/**
 * A call list (campaign): who calls (telesales sellers and meeting bookers), whose customers it
 * draws on (teams), for whom meetings may be booked (sellers), with a script, a period, calling
 * hours, and how often and how soon a contact not reached is tried again. A leader may stop it
 * before its end.
 */
@Entity
@Table(name = "call_list")
public class CallList extends AbstractEntity {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 8000)
    private String script;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Employee owner;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "calls_from", nullable = false)
    private LocalTime callsFrom;

    @Column(name = "calls_until", nullable = false)
    private LocalTime callsUntil;

    @Column(name = "retry_minutes", nullable = false)
    private int retryMinutes;

    @Column(name = "max_tries", nullable = false)
    private int maxTries;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "call_list_team",
            joinColumns = @JoinColumn(name = "call_list_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    private Set<Team> teams = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "call_list_caller",
            joinColumns = @JoinColumn(name = "call_list_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    private Set<Employee> callers = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "call_list_seller",
            joinColumns = @JoinColumn(name = "call_list_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    private Set<Employee> sellers = new HashSet<>();

    protected CallList() {}

    CallList(Employee owner, Instant createdAt) {
        this.owner = owner;
        this.createdAt = createdAt;
    }

    void describe(
            CallListForm form, Set<Team> teams, Set<Employee> callers, Set<Employee> sellers) {
        this.name = form.getName().strip();
        this.script = Texts.blankToNull(form.getScript());
        this.startsOn = form.getStartsOn();
        this.endsOn = form.getEndsOn();
        this.callsFrom = form.getCallsFrom();
        this.callsUntil = form.getCallsUntil();
        this.retryMinutes = form.getRetryMinutes();
        this.maxTries = form.getMaxTries();
        this.teams = new HashSet<>(teams);
        this.callers = new HashSet<>(callers);
        this.sellers = new HashSet<>(sellers);
    }

    void stop(Instant at) {
        this.stoppedAt = at;
    }

    /** Whether the list is in its period and not stopped on the given day. */
    public boolean runsOn(LocalDate day) {
        return stoppedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /**
     * Whether calls may be made at the given local time: in the period, not stopped, within the
     * calling hours.
     */
    public boolean callableAt(LocalDateTime local) {
        return runsOn(local.toLocalDate())
                && !local.toLocalTime().isBefore(callsFrom)
                && local.toLocalTime().isBefore(callsUntil);
    }

    public CallListStatus statusOn(LocalDate day) {
        if (stoppedAt != null) {
            return CallListStatus.STOPPED;
        }
        if (day.isBefore(startsOn)) {
            return CallListStatus.PLANNED;
        }
        return day.isAfter(endsOn) ? CallListStatus.ENDED : CallListStatus.RUNNING;
    }

    public String getName() {
        return name;
    }

    public String getScript() {
        return script;
    }

    public Employee getOwner() {
        return owner;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalTime getCallsFrom() {
        return callsFrom;
    }

    public LocalTime getCallsUntil() {
        return callsUntil;
    }

    public int getRetryMinutes() {
        return retryMinutes;
    }

    public int getMaxTries() {
        return maxTries;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }

    public Set<Team> getTeams() {
        return teams;
    }

    public Set<Employee> getCallers() {
        return callers;
    }

    public Set<Employee> getSellers() {
        return sellers;
    }
}
