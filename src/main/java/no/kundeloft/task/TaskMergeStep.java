package no.kundeloft.task;

import jakarta.persistence.EntityManager;
import no.kundeloft.customer.TableMergeStep;
import org.springframework.stereotype.Component;

/** A merge of customers moves their tasks, done and open. */
@Component
class TaskMergeStep extends TableMergeStep {

    TaskMergeStep(EntityManager entityManager) {
        super(entityManager, "task", "merge.moves.tasks");
    }
}
