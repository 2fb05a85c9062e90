package no.kundeloft.notification;

/**
 * What a notification tells its recipient; each user chooses per kind whether it also comes by
 * e-mail.
 */
public enum NotificationKind {
    JOIN_REQUESTED,
    JOIN_ACCEPTED,
    JOIN_DECLINED,
    VISIT_SCHEDULED,
    VISIT_BOOKED,
    VISIT_MOVED,
    VISIT_CANCELLED,
    BUDGET_SENT,
    BUDGET_APPROVED,
    BUDGET_RETURNED,
    CUSTOMERS_ASSIGNED,
    TASK_ASSIGNED,
    DEAL_WON,
    LEAD_ASSIGNED
}
