package no.kundeloft.task;

import jakarta.persistence.EntityManager;
import no.kundeloft.customer.CustomerOwnerChanged;
import no.kundeloft.organisation.Employee;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A customer's new owner takes over the open tasks its previous owner had there (visit next steps,
 * plan actions, call backs, …), so nothing the previous owner was to do is left with someone who no
 * longer sees the customer. Each task keeps the change in its history; done tasks stay as they
 * were.
 */
@Component
class TaskHandOver {

    private final EntityManager entityManager;

    TaskHandOver(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventListener
    void on(CustomerOwnerChanged changed) {
        Employee receiver = entityManager.find(Employee.class, changed.newOwnerId());
        entityManager
                .createQuery(
                        """
                        select t from Task t where t.customer.id = :customer and t.assignee.id = :previous and t.done = false""",
                        Task.class)
                .setParameter("customer", changed.customerId())
                .setParameter("previous", changed.previousOwnerId())
                .getResultList()
                .forEach(task -> task.assignTo(receiver));
    }
}
