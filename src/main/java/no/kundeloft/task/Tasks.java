package no.kundeloft.task;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.Customer;
import no.kundeloft.history.ChangeHistory;
import no.kundeloft.history.HistoryEntry;
import no.kundeloft.organisation.Employee;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks other features make and keep with their records: a visit report's next steps, an
 * account plan's actions, a call's or a deal's next step. It checks no access itself: the calling
 * feature's service has found the record in the user's scope and decided that they may change it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Tasks {

    private final TaskRepository tasks;
    private final EntityManager entityManager;
    private final ChangeHistory changeHistory;
    private final Clock clock;

    Tasks(
            TaskRepository tasks,
            EntityManager entityManager,
            ChangeHistory changeHistory,
            Clock clock) {
        this.tasks = tasks;
        this.entityManager = entityManager;
        this.changeHistory = changeHistory;
        this.clock = clock;
    }

    /** A new open task of the record; {@code createdBy} is null for what the system makes. */
    public Task add(
            TaskSource source,
            Long sourceId,
            Customer customer,
            Employee createdBy,
            String description,
            Employee assignee,
            LocalDate dueDate,
            LocalTime dueTime) {
        Task task = new Task(source, sourceId, customer, createdBy, clock.instant());
        task.describe(description, assignee, dueDate, dueTime);
        return tasks.save(task);
    }

    /** Changes a task of the record, refused when it was changed since the user opened it. */
    public Task update(
            TaskSource source,
            Long sourceId,
            Long taskId,
            long openedVersion,
            String description,
            Employee assignee,
            LocalDate dueDate,
            boolean done) {
        Task task = find(source, sourceId, taskId);
        if (task.getVersion() != openedVersion) {
            throw new TaskRefusedException("task.refused.changed");
        }
        task.describe(description, assignee, dueDate, task.getDueTime());
        task.setDone(done, clock.instant());
        return task;
    }

    /**
     * Keeps one open task following a record's next step (a deal's): created, changed to the new
     * what, who and day, or removed when there is no next step any more (null). Done tasks of the
     * record stay as they are.
     */
    public void follow(
            TaskSource source,
            Long sourceId,
            Customer customer,
            Employee createdBy,
            String description,
            Employee assignee,
            LocalDate dueDate) {
        List<Task> open = of(source, sourceId).stream().filter(task -> !task.isDone()).toList();
        if (description == null || dueDate == null) {
            tasks.deleteAll(open);
            return;
        }
        if (open.isEmpty()) {
            add(source, sourceId, customer, createdBy, description, assignee, dueDate, null);
            return;
        }
        Task task = open.getFirst();
        if (!description.equals(task.getDescription())
                || !assignee.equals(task.getAssignee())
                || !dueDate.equals(task.getDueDate())) {
            task.describe(description, assignee, dueDate, task.getDueTime());
        }
    }

    /** Marks a task done at the given moment (the demo's tasks done in the past). */
    public void markDone(Task task, Instant at) {
        task.setDone(true, at);
    }

    public void remove(TaskSource source, Long sourceId, Long taskId) {
        tasks.delete(find(source, sourceId, taskId));
    }

    /** The record's tasks, by due day. */
    public List<Task> of(TaskSource source, Long sourceId) {
        return entityManager
                .createQuery(
                        """
                        select t from Task t join fetch t.assignee left join fetch t.customer
                        where t.source = :source and t.sourceId = :sourceId order by t.dueDate, t.id""",
                        Task.class)
                .setParameter("source", source)
                .setParameter("sourceId", sourceId)
                .getResultList();
    }

    /** The tasks of several records of a kind, by record, in one query. */
    public Map<Long, List<Task>> ofAll(TaskSource source, Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery(
                        """
                        select t from Task t join fetch t.assignee
                        where t.source = :source and t.sourceId in :sourceIds order by t.dueDate, t.id""",
                        Task.class)
                .setParameter("source", source)
                .setParameter("sourceIds", sourceIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(Task::getSourceId));
    }

    /** The record's tasks as list lines, by due day. */
    public List<TaskRow> rowsOf(TaskSource source, Long sourceId) {
        return of(source, sourceId).stream().map(TaskRow::of).toList();
    }

    /**
     * Copies the open tasks of one record to another (an account plan's open actions into next
     * year's plan).
     */
    public void carryOver(TaskSource source, Long fromId, Long toId) {
        for (Task task : of(source, fromId)) {
            if (!task.isDone()) {
                Task copy =
                        add(
                                source,
                                toId,
                                task.getCustomer(),
                                task.getCreatedBy(),
                                task.getDescription(),
                                task.getAssignee(),
                                task.getDueDate(),
                                task.getDueTime());
                copy.markCarriedOver();
            }
        }
    }

    /** Every version of the record's tasks, newest first. */
    public List<HistoryEntry> history(TaskSource source, Long sourceId) {
        return changeHistory.matching(Task.class, "source", source, "sourceId", sourceId);
    }

    private Task find(TaskSource source, Long sourceId, Long taskId) {
        return tasks.findById(taskId)
                .filter(t -> t.getSource() == source && sourceId.equals(t.getSourceId()))
                .orElseThrow(() -> new NotFoundException("Task", taskId));
    }
}
