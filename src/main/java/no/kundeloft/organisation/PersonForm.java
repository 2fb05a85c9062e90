package no.kundeloft.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import no.kundeloft.security.SalesRole;

/** The fields an admin sets for a person, with the version the admin started from. */
public class PersonForm {

    private long version;

    @NotBlank
    @Size(max = 60)
    @Pattern(regexp = "[A-Za-z0-9._-]+")
    private String username;

    @NotBlank
    @Size(max = 120)
    private String fullName;

    @Email
    @Size(max = 200)
    private String email;

    @NotNull private SalesRole role;
    private Long teamId;
    private Set<Long> servedTeamIds = new HashSet<>();
    private String preferredLanguage;

    static PersonForm of(Employee e) {
        PersonForm form = new PersonForm();
        form.version = e.getVersion();
        form.username = e.getUsername();
        form.fullName = e.getFullName();
        form.email = e.getEmail();
        form.role = e.getRole();
        form.teamId = e.getTeam() == null ? null : e.getTeam().getId();
        e.getServedTeams().forEach(t -> form.servedTeamIds.add(t.getId()));
        form.preferredLanguage = e.getPreferredLanguage();
        return form;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public SalesRole getRole() {
        return role;
    }

    public void setRole(SalesRole role) {
        this.role = role;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Set<Long> getServedTeamIds() {
        return servedTeamIds;
    }

    public void setServedTeamIds(Set<Long> servedTeamIds) {
        this.servedTeamIds = servedTeamIds == null ? new HashSet<>() : new HashSet<>(servedTeamIds);
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
