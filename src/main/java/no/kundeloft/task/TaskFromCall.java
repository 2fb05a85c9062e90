package no.kundeloft.task;

import jakarta.persistence.EntityManager;
import no.kundeloft.customer.CallNextStepAgreed;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.Employee;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A call's agreed next step becomes the caller's task, at the call's day and (for a call back)
 * time.
 */
@Component
class TaskFromCall {

    private final Tasks tasks;
    private final EntityManager entityManager;

    TaskFromCall(Tasks tasks, EntityManager entityManager) {
        this.tasks = tasks;
        this.entityManager = entityManager;
    }

    @EventListener
    void on(CallNextStepAgreed call) {
        Employee caller = entityManager.getReference(Employee.class, call.authorId());
        tasks.add(
                TaskSource.CALL,
                call.activityId(),
                entityManager.getReference(Customer.class, call.customerId()),
                caller,
                call.what(),
                caller,
                call.due(),
                call.at());
    }
}
