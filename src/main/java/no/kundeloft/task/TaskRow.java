package no.kundeloft.task;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A line of a task list: a task, or a visit still waiting for its host's report ({@link
 * Kind#REPORT}, whose source id is the visit and which has no id or version of its own); whether
 * the user may open its customer.
 */
public record TaskRow(
        Kind kind,
        Long id,
        long version,
        String description,
        Long customerId,
        String customerName,
        Long assigneeId,
        String assigneeName,
        LocalDate dueDate,
        LocalTime dueTime,
        boolean done,
        TaskSource source,
        Long sourceId,
        boolean carriedOver,
        boolean customerOpen) {

    public enum Kind {
        TASK,
        REPORT
    }

    static TaskRow of(Task task) {
        return new TaskRow(
                Kind.TASK,
                task.getId(),
                task.getVersion(),
                task.getDescription(),
                task.getCustomer() == null ? null : task.getCustomer().getId(),
                task.getCustomer() == null ? null : task.getCustomer().getName(),
                task.getAssignee().getId(),
                task.getAssignee().getFullName(),
                task.getDueDate(),
                task.getDueTime(),
                task.isDone(),
                task.getSource(),
                task.getSourceId(),
                task.isCarriedOver(),
                true);
    }

    /** A visit that ended without a report, as a task of its host's due on the visit's day. */
    public static TaskRow reportDue(
            Long visitId,
            String purpose,
            Long customerId,
            String customerName,
            Long hostId,
            String hostName,
            LocalDate day) {
        return new TaskRow(
                Kind.REPORT,
                null,
                0,
                purpose,
                customerId,
                customerName,
                hostId,
                hostName,
                day,
                null,
                false,
                TaskSource.VISIT,
                visitId,
                false,
                true);
    }

    /**
     * The same line for a user who cannot open the task's customer (a caller's call back at a
     * customer of a call list): the list links elsewhere.
     */
    TaskRow withCustomerOpen(boolean open) {
        return new TaskRow(
                kind,
                id,
                version,
                description,
                customerId,
                customerName,
                assigneeId,
                assigneeName,
                dueDate,
                dueTime,
                done,
                source,
                sourceId,
                carriedOver,
                open);
    }

    public boolean isOverdue(LocalDate today) {
        return !done && dueDate.isBefore(today);
    }

    public boolean isReport() {
        return kind == Kind.REPORT;
    }
}
