package no.kundeloft.visit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/** What a user fills in to plan or change a visit; the time is local time in Europe/Oslo. */
public class VisitForm {

    @NotNull private Long customerId;
    @NotNull private Long hostId;
    @NotNull private LocalDateTime start;

    @Min(15)
    @Max(600)
    private int durationMinutes = 60;

    @NotNull private VisitMode mode = VisitMode.ON_SITE;

    @Size(max = 300)
    private String location;

    @Size(max = 500)
    private String videoLink;

    @NotBlank
    @Size(max = 300)
    private String purpose;

    @Size(max = 4000)
    private String agenda;

    @Size(max = 2000)
    private String need;

    private Set<Long> contactIds = new HashSet<>();
    private long version = -1;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public VisitMode getMode() {
        return mode;
    }

    public void setMode(VisitMode mode) {
        this.mode = mode;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public Set<Long> getContactIds() {
        return contactIds;
    }

    public void setContactIds(Set<Long> contactIds) {
        this.contactIds = contactIds == null ? new HashSet<>() : new HashSet<>(contactIds);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
