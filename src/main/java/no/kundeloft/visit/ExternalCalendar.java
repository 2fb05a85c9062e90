package no.kundeloft.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.kundeloft.base.AbstractEntity;

/**
 * The address of a seller's own published calendar (Outlook or Google, iCalendar), whose busy times
 * count when someone books the seller; when it was last read, and what went wrong if it could not
 * be.
 */
@Entity
@Table(name = "external_calendar")
public class ExternalCalendar extends AbstractEntity {

    @Column(name = "employee_id", nullable = false)
    private Long employeeId;

    @Column(nullable = false, length = 1000)
    private String url;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_error", length = 300)
    private String readError;

    protected ExternalCalendar() {}

    ExternalCalendar(Long employeeId, String url) {
        this.employeeId = employeeId;
        this.url = url;
    }

    void read(Instant at, String error) {
        readAt = at;
        readError = error;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public String getUrl() {
        return url;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getReadError() {
        return readError;
    }
}
