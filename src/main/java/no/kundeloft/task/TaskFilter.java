package no.kundeloft.task;

/**
 * Which tasks a list shows: one of the views, and whose — the current user's (no assignee), one
 * person's in the user's scope, or everyone's the user may see.
 */
public record TaskFilter(TaskView view, Long assigneeId, boolean everyone) {

    public TaskFilter {
        view = view == null ? TaskView.OPEN : view;
    }

    public static TaskFilter mine(TaskView view) {
        return new TaskFilter(view, null, false);
    }
}
