package no.kundeloft.customer;

import java.time.Instant;

/** An activity log entry as the customer page shows it. */
public record ActivityItem(Long id, ActivityKind kind, Instant occurredAt, String authorName, String text, String nextStep) {

    static ActivityItem of(CustomerActivity activity) {
        return new ActivityItem(activity.getId(), activity.getKind(), activity.getOccurredAt(),
                activity.getAuthor().getFullName(), activity.getText(), activity.getNextStep());
    }
}
