package no.kundeloft.task;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.OwnerOption;
import no.kundeloft.history.ChangeHistory;
import no.kundeloft.history.HistoryEntry;
import no.kundeloft.notification.Notice;
import no.kundeloft.notification.NotificationKind;
import no.kundeloft.notification.Notifications;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Task lists and changes. A user sees the tasks given to them, to someone in their record scope,
 * and those at customers in it; a meeting booker only their own. The one a task is given to may
 * change it and mark it done; so may a leader whose scope covers that person, who may also give
 * tasks to others and reassign them.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('ADMIN')")
public class TaskService {

    /** Leaders may give tasks to the people their scope covers. */
    public static final Set<SalesRole> LEADERS =
            Set.of(SalesRole.TEAM_LEADER, SalesRole.SALES_MANAGER, SalesRole.SALES_DIRECTOR);

    private final TaskRepository tasks;
    private final Optional<PendingReports> pendingReports;
    private final CustomerService customers;
    private final OrganisationService organisation;
    private final ChangeHistory changeHistory;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Notifications notifications;

    TaskService(
            TaskRepository tasks,
            Optional<PendingReports> pendingReports,
            CustomerService customers,
            OrganisationService organisation,
            ChangeHistory changeHistory,
            CurrentUser currentUser,
            EntityManager entityManager,
            Clock clock,
            Notifications notifications) {
        this.notifications = notifications;
        this.tasks = tasks;
        this.pendingReports = pendingReports;
        this.customers = customers;
        this.organisation = organisation;
        this.changeHistory = changeHistory;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * A page of a task list: first the visits waiting for a report (oldest first), then the tasks
     * (by due day and time; done ones newest first).
     */
    public List<TaskRow> list(TaskFilter filter, int offset, int limit) {
        TaskWho who = TaskWho.of(currentUser.require(), organisation.currentScope(), filter);
        long reports = reports(filter, who);
        List<TaskRow> rows = new ArrayList<>();
        if (offset < reports) {
            rows.addAll(
                    pendingReports
                            .orElseThrow()
                            .page(
                                    who.reportScope(),
                                    who.person(),
                                    from(filter.view()),
                                    until(filter.view()),
                                    offset,
                                    limit));
        }
        int taskOffset = (int) Math.max(0, offset - reports);
        int taskLimit = limit - rows.size();
        if (taskLimit > 0) {
            rows.addAll(
                    taskQuery("select t", filter, who, Task.class)
                            .setFirstResult(taskOffset)
                            .setMaxResults(taskLimit)
                            .getResultList()
                            .stream()
                            .map(TaskRow::of)
                            .toList());
        }
        return markOpenCustomers(rows);
    }

    /**
     * A task may be the user's at a customer they cannot open (a call back from a call list): its
     * line says so.
     */
    private List<TaskRow> markOpenCustomers(List<TaskRow> rows) {
        List<Long> ids =
                rows.stream()
                        .map(TaskRow::customerId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList();
        if (ids.isEmpty()) {
            return rows;
        }
        java.util.Set<Long> open = customers.visibleAmong(ids);
        return rows.stream()
                .map(
                        row ->
                                row.customerId() == null || open.contains(row.customerId())
                                        ? row
                                        : row.withCustomerOpen(false))
                .toList();
    }

    /** How many lines the list has, visits waiting for a report included. */
    public long count(TaskFilter filter) {
        TaskWho who = TaskWho.of(currentUser.require(), organisation.currentScope(), filter);
        return reports(filter, who)
                + taskQuery("select count(t)", filter, who, Long.class).getSingleResult();
    }

    /** A customer's open tasks, by due day; the customer must be visible. */
    public List<TaskRow> openAt(Long customerId) {
        customers.requireVisible(customerId);
        return entityManager
                .createQuery(
                        """
                        select t from Task t join fetch t.assignee left join fetch t.customer
                        where t.customer.id = :customer and t.done = false order by t.dueDate, t.dueTime, t.id""",
                        Task.class)
                .setParameter("customer", customerId)
                .getResultList()
                .stream()
                .map(TaskRow::of)
                .toList();
    }

    /** One task the user may see; "not found" otherwise. */
    public TaskRow get(Long id) {
        return TaskRow.of(visible(id));
    }

    /**
     * Who the user may give a task to: themselves, and for a leader the active people their scope
     * covers, by name.
     */
    public List<OwnerOption> assignees() {
        KundeloftUser user = currentUser.require();
        if (!LEADERS.contains(user.role())) {
            return List.of(new OwnerOption(user.employeeId(), user.fullName()));
        }
        RecordScope scope = organisation.currentScope();
        List<OwnerOption> people =
                new ArrayList<>(
                        scope.bind(
                                        entityManager.createQuery(
                                                """
                        select new no.kundeloft.customer.OwnerOption(e.id, e.fullName) from Employee e
                        where e.active = true and e.id <> :me and %s order by e.fullName"""
                                                        .formatted(scope.jpql("e")),
                                                OwnerOption.class))
                                .setParameter("me", user.employeeId())
                                .getResultList());
        people.addFirst(new OwnerOption(user.employeeId(), user.fullName()));
        return people;
    }

    /** Whether the user may give tasks to others (and so reassign and see others' lists). */
    public boolean mayAssign() {
        return LEADERS.contains(currentUser.require().role());
    }

    /**
     * A new task typed by hand, for the user or (by a leader) for someone in scope, optionally at a
     * visible customer.
     */
    @Transactional
    public TaskRow create(@Valid TaskForm form) {
        KundeloftUser user = currentUser.require();
        Customer customer =
                form.getCustomerId() == null ? null : visibleCustomer(form.getCustomerId());
        Employee assignee = assignable(form.getAssigneeId());
        Task task =
                new Task(
                        TaskSource.MANUAL,
                        null,
                        customer,
                        entityManager.getReference(Employee.class, user.employeeId()),
                        clock.instant());
        task.describe(
                form.getDescription().strip(), assignee, form.getDueDate(), form.getDueTime());
        tasks.saveAndFlush(task);
        tellAssignee(task);
        return TaskRow.of(task);
    }

    /**
     * Changes what, when and (for a leader) who; the customer stays. Refused when changed since it
     * was opened.
     */
    @Transactional
    public TaskRow update(Long id, long openedVersion, @Valid TaskForm form) {
        Task task = changeable(id, openedVersion);
        boolean reassigned = !task.getAssignee().getId().equals(form.getAssigneeId());
        Employee assignee = reassigned ? assignable(form.getAssigneeId()) : task.getAssignee();
        task.describe(
                form.getDescription().strip(), assignee, form.getDueDate(), form.getDueTime());
        tasks.saveAndFlush(task);
        if (reassigned) {
            tellAssignee(task);
        }
        return TaskRow.of(task);
    }

    /** Marks a task done or open again. */
    @Transactional
    public TaskRow setDone(Long id, long openedVersion, boolean done) {
        Task task = changeable(id, openedVersion);
        task.setDone(done, clock.instant());
        return TaskRow.of(tasks.saveAndFlush(task));
    }

    /** Every version of a task the user may see, newest first. */
    public List<HistoryEntry> history(Long id) {
        return changeHistory.of(Task.class, visible(id).getId());
    }

    /** Someone given a task by someone else hears of it (nobody is told of their own doing). */
    private void tellAssignee(Task task) {
        KundeloftUser user = currentUser.require();
        notifications.send(
                task.getAssignee().getId(),
                NotificationKind.TASK_ASSIGNED,
                Notifications.Actor.of(user),
                new Notice(
                        task.getDescription(),
                        null,
                        task.getCustomer() == null ? null : task.getCustomer().getName(),
                        "tasks"));
    }

    private Task changeable(Long id, long openedVersion) {
        Task task = visible(id);
        KundeloftUser user = currentUser.require();
        boolean mine = task.getAssignee().getId().equals(user.employeeId());
        if (!mine
                && !(LEADERS.contains(user.role())
                        && organisation.currentScope().covers(task.getAssignee()))) {
            throw new TaskRefusedException(
                    "task.refused.notYours", task.getAssignee().getFullName());
        }
        if (task.getVersion() != openedVersion) {
            throw new TaskRefusedException("task.refused.changed");
        }
        return task;
    }

    private Employee assignable(Long assigneeId) {
        KundeloftUser user = currentUser.require();
        if (assigneeId.equals(user.employeeId())) {
            return entityManager.getReference(Employee.class, assigneeId);
        }
        Employee assignee = entityManager.find(Employee.class, assigneeId);
        if (assignee == null
                || !assignee.isActive()
                || !LEADERS.contains(user.role())
                || !organisation.currentScope().covers(assignee)) {
            throw new TaskRefusedException("task.refused.assignee");
        }
        return assignee;
    }

    private Customer visibleCustomer(Long customerId) {
        customers.requireVisible(customerId);
        return entityManager.getReference(Customer.class, customerId);
    }

    private Task visible(Long id) {
        TaskWho who = new TaskWho(currentUser.require(), organisation.currentScope(), null);
        TypedQuery<Task> query =
                entityManager
                        .createQuery(
                                """
                select t from Task t join fetch t.assignee a left join fetch t.customer c
                where t.id = :id and (%s)"""
                                        .formatted(who.visibility()),
                                Task.class)
                        .setParameter("id", id);
        return who.bind(query)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Task", id));
    }

    private long reports(TaskFilter filter, TaskWho who) {
        if (filter.view() == TaskView.DONE || pendingReports.isEmpty()) {
            return 0;
        }
        return pendingReports
                .get()
                .count(who.reportScope(), who.person(), from(filter.view()), until(filter.view()));
    }

    private <T> TypedQuery<T> taskQuery(
            String select, TaskFilter filter, TaskWho who, Class<T> type) {
        boolean rows = type == Task.class;
        StringBuilder jpql =
                new StringBuilder(select)
                        .append(" from Task t ")
                        .append(
                                rows
                                        ? "join fetch t.assignee a left join fetch t.customer c"
                                        : "join t.assignee a left join t.customer c")
                        .append(" where (")
                        .append(who.visibility())
                        .append(")");
        if (who.person() != null) {
            jpql.append(" and a.id = :assignee");
        }
        jpql.append(filter.view() == TaskView.DONE ? " and t.done = true" : " and t.done = false");
        LocalDate from = from(filter.view());
        LocalDate until = until(filter.view());
        if (from != null) {
            jpql.append(" and t.dueDate >= :from");
        }
        if (until != null) {
            jpql.append(" and t.dueDate <= :until");
        }
        if (rows) {
            jpql.append(
                    filter.view() == TaskView.DONE
                            ? " order by t.doneAt desc, t.id desc"
                            : " order by t.dueDate, t.dueTime, t.id");
        }
        TypedQuery<T> query = who.bind(entityManager.createQuery(jpql.toString(), type));
        if (who.person() != null) {
            query.setParameter("assignee", who.person());
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
        return query;
    }

    /** Today in Oslo, for forms and for marking what is overdue. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private LocalDate from(TaskView view) {
        return switch (view) {
            case TODAY, WEEK -> today();
            default -> null;
        };
    }

    private LocalDate until(TaskView view) {
        return switch (view) {
            case OVERDUE -> today().minusDays(1);
            case TODAY -> today();
            case WEEK -> today().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            default -> null;
        };
    }
}
