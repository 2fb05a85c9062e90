package no.kundeloft.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import no.kundeloft.security.SalesRole;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A person in the sales organisation, and their sign-in. */
@Entity
@Audited
public class Employee extends AbstractEntity implements Labelled {

    /** Stored in lower case, so usernames are unique regardless of case. */
    @NotBlank
    @Size(max = 60)
    @Column(nullable = false, unique = true)
    private String username;

    @NotBlank
    @Size(max = 120)
    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Email
    @Size(max = 200)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "sales_role", nullable = false)
    private SalesRole role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Team team;

    /** Meeting bookers serve one or more teams. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "employee_served_team",
            joinColumns = @JoinColumn(name = "employee_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<Team> servedTeams = new HashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_hash", nullable = false)
    @NotAudited
    private String passwordHash;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /** A language tag such as {@code nb} or {@code en}; empty means "follow the browser". */
    @Size(max = 10)
    @Column(name = "preferred_language")
    private String preferredLanguage;

    protected Employee() {}

    public Employee(
            String username, String fullName, String email, SalesRole role, String passwordHash) {
        this.username = username.toLowerCase(Locale.ROOT);
        this.fullName = fullName;
        this.email = email;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    /** Applies what an admin set; the username is kept in lower case. */
    void update(
            String username,
            String fullName,
            String email,
            SalesRole role,
            Team team,
            Set<Team> servedTeams,
            String preferredLanguage) {
        this.username = username.toLowerCase(Locale.ROOT);
        this.fullName = fullName.trim();
        this.email = email;
        this.role = role;
        this.team = team;
        this.servedTeams.clear();
        this.servedTeams.addAll(servedTeams);
        this.preferredLanguage = preferredLanguage;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public SalesRole getRole() {
        return role;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public Set<Team> getServedTeams() {
        return servedTeams;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /**
     * A new password hash; {@code oneTime} when an admin set it and the user must choose their own.
     */
    public void changePassword(String passwordHash, boolean oneTime) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = oneTime;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    @Override
    public String label() {
        return fullName;
    }
}
