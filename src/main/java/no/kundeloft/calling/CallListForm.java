package no.kundeloft.calling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;

/** What a leader fills in to set up or change a call list. */
public class CallListForm {

    @NotBlank
    @Size(max = 120)
    private String name;

    @Size(max = 8000)
    private String script;

    @NotNull private LocalDate startsOn;
    @NotNull private LocalDate endsOn;
    @NotNull private LocalTime callsFrom = LocalTime.of(9, 0);
    @NotNull private LocalTime callsUntil = LocalTime.of(16, 0);

    @Min(5)
    @Max(10080)
    private int retryMinutes = 120;

    @Min(1)
    @Max(20)
    private int maxTries = 3;

    private Set<Long> teamIds = new HashSet<>();
    private Set<Long> callerIds = new HashSet<>();
    private Set<Long> sellerIds = new HashSet<>();
    private long version = -1;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getScript() {
        return script;
    }

    public void setScript(String script) {
        this.script = script;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalTime getCallsFrom() {
        return callsFrom;
    }

    public void setCallsFrom(LocalTime callsFrom) {
        this.callsFrom = callsFrom;
    }

    public LocalTime getCallsUntil() {
        return callsUntil;
    }

    public void setCallsUntil(LocalTime callsUntil) {
        this.callsUntil = callsUntil;
    }

    public int getRetryMinutes() {
        return retryMinutes;
    }

    public void setRetryMinutes(int retryMinutes) {
        this.retryMinutes = retryMinutes;
    }

    public int getMaxTries() {
        return maxTries;
    }

    public void setMaxTries(int maxTries) {
        this.maxTries = maxTries;
    }

    public Set<Long> getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(Set<Long> teamIds) {
        this.teamIds = teamIds == null ? new HashSet<>() : new HashSet<>(teamIds);
    }

    public Set<Long> getCallerIds() {
        return callerIds;
    }

    public void setCallerIds(Set<Long> callerIds) {
        this.callerIds = callerIds == null ? new HashSet<>() : new HashSet<>(callerIds);
    }

    public Set<Long> getSellerIds() {
        return sellerIds;
    }

    public void setSellerIds(Set<Long> sellerIds) {
        this.sellerIds = sellerIds == null ? new HashSet<>() : new HashSet<>(sellerIds);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
