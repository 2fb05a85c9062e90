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
 * A call's recording: an audio file kept in the database in chunks ({@link RecordingStore}), or the
 * link the phone system gave for it. The call is named by its log entry's id (the customer
 * feature's, below this one).
 */
@Entity
@Table(name = "call_recording")
public class CallRecording extends AbstractEntity {

    @Column(name = "activity_id", nullable = false)
    private Long activityId;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    private String link;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "added_by_id")
    private Employee addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CallRecording() {}

    static CallRecording file(
            Long activityId, String contentType, long sizeBytes, Employee addedBy, Instant at) {
        CallRecording recording = new CallRecording();
        recording.activityId = activityId;
        recording.contentType = contentType;
        recording.sizeBytes = sizeBytes;
        recording.addedBy = addedBy;
        recording.addedAt = at;
        return recording;
    }

    static CallRecording linked(Long activityId, String link, Instant at) {
        CallRecording recording = new CallRecording();
        recording.activityId = activityId;
        recording.link = link;
        recording.addedAt = at;
        return recording;
    }

    public Long getActivityId() {
        return activityId;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getLink() {
        return link;
    }

    public boolean isFile() {
        return sizeBytes != null;
    }
}
