package no.kundeloft.task;

/**
 * The lists of {@code /tasks}: everything open, overdue, due today, due this week (through Sunday),
 * and done.
 */
public enum TaskView {
    OPEN,
    OVERDUE,
    TODAY,
    WEEK,
    DONE
}
