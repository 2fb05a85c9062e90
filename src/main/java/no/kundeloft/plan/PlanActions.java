package no.kundeloft.plan;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import no.kundeloft.organisation.Employee;
import no.kundeloft.task.Task;
import no.kundeloft.task.TaskRefusedException;
import no.kundeloft.task.TaskSource;
import no.kundeloft.task.Tasks;
import org.springframework.stereotype.Component;

/** A plan's actions are tasks of the plan: added, changed (if unchanged since opened) and done. */
@Component
class PlanActions {

    /** An action as the plan section saves it; no id for a new one. */
    record Action(
            Long id,
            long version,
            String description,
            Long ownerId,
            LocalDate dueDate,
            boolean done) {}

    private final Tasks tasks;
    private final EntityManager entityManager;
    private final Clock clock;

    PlanActions(Tasks tasks, EntityManager entityManager, Clock clock) {
        this.tasks = tasks;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    static void requireComplete(String description, Long ownerId, LocalDate dueDate) {
        if (description == null || description.isBlank() || ownerId == null || dueDate == null) {
            throw new PlanRefusedException("plan.refused.actionIncomplete");
        }
        if (description.strip().length() > 500) {
            throw new PlanRefusedException("plan.refused.tooLong", 500);
        }
    }

    void save(AccountPlan plan, Employee me, Action action) {
        Employee owner = entityManager.getReference(Employee.class, action.ownerId());
        if (action.id() == null) {
            Task added =
                    tasks.add(
                            TaskSource.PLAN,
                            plan.getId(),
                            plan.getCustomer(),
                            me,
                            action.description(),
                            owner,
                            action.dueDate(),
                            null);
            if (action.done()) {
                tasks.markDone(added, clock.instant());
            }
            return;
        }
        try {
            tasks.update(
                    TaskSource.PLAN,
                    plan.getId(),
                    action.id(),
                    action.version(),
                    action.description(),
                    owner,
                    action.dueDate(),
                    action.done());
        } catch (TaskRefusedException e) {
            throw new PlanRefusedException("plan.refused.itemChanged");
        }
    }
}
