package no.kundeloft.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** An activity log entry as the customer page shows it. */
public record ActivityItem(
        Long id,
        ActivityKind kind,
        Instant occurredAt,
        String authorName,
        String text,
        String nextStep,
        String contactName,
        CallOutcome outcome,
        Integer durationMinutes,
        String reason,
        LocalDate nextStepDue,
        LocalTime nextStepTime) {

    static ActivityItem of(CustomerActivity activity) {
        return new ActivityItem(
                activity.getId(),
                activity.getKind(),
                activity.getOccurredAt(),
                activity.getAuthor().getFullName(),
                activity.getText(),
                activity.getNextStep(),
                activity.getContact() == null ? null : activity.getContact().getFullName(),
                activity.getOutcome(),
                activity.getDurationMinutes(),
                activity.getReason(),
                activity.getNextStepDue(),
                activity.getNextStepTime());
    }
}
