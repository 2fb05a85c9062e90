package no.kundeloft.calling;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import no.kundeloft.customer.CallOutcome;

/**
 * A call as the reviews show it: when, who called whom at which customer, how it went and how long,
 * its recording (an id to play from this app, or the phone system's link) and the reviews it has.
 */
public record ReviewedCall(
        Long activityId,
        Instant at,
        Long callerId,
        String callerName,
        String customerName,
        String contactName,
        CallOutcome outcome,
        Integer durationMinutes,
        String notes,
        Long recordingId,
        String recordingLink,
        List<Review> reviews) {

    public record Review(
            String reviewerName,
            Instant at,
            BigDecimal average,
            List<Score> scores,
            String comment,
            boolean mine) {}

    public record Score(Long criterionId, String criterion, int score) {}

    public boolean hasRecording() {
        return recordingId != null || recordingLink != null;
    }
}
