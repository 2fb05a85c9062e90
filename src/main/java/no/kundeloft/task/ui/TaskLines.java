package no.kundeloft.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import no.kundeloft.base.Formats;
import no.kundeloft.task.TaskRow;

/**
 * How a task's due moment and origin read in lists: "3 Dec 2026 14:30", "From a visit" linking to
 * it.
 */
final class TaskLines {

    private TaskLines() {}

    static String due(TaskRow task, Locale locale) {
        String day = Formats.date(task.dueDate(), locale);
        return task.dueTime() == null ? day : day + " " + task.dueTime();
    }

    /** Where the task came from, as a link to that record where it has a page. */
    static Component origin(Component where, TaskRow task) {
        String label =
                where.getTranslation(
                        task.isReport()
                                ? "task.origin.REPORT"
                                : "task.origin." + task.source().name());
        String href =
                switch (task.source()) {
                    case VISIT -> "visits/" + task.sourceId();
                    case PLAN ->
                            task.customerId() == null
                                    ? null
                                    : "customers/" + task.customerId() + "/plan";
                    case DEAL -> "pipeline?deal=" + task.sourceId();
                    case CALL ->
                            task.customerId() == null
                                    ? null
                                    : task.customerOpen()
                                            ? "customers/" + task.customerId()
                                            : "calls";
                    case MANUAL -> null;
                };
        return href == null ? new Span(label) : new Anchor(href, label);
    }
}
