package no.kundeloft.visit;

/** What a notification tells its recipient. */
public enum NotificationKind {
    JOIN_REQUESTED,
    JOIN_ACCEPTED,
    JOIN_DECLINED,
    VISIT_SCHEDULED,
    VISIT_BOOKED,
    VISIT_MOVED,
    VISIT_CANCELLED
}
