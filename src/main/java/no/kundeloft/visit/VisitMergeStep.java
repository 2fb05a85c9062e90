package no.kundeloft.visit;

import jakarta.persistence.EntityManager;
import no.kundeloft.customer.TableMergeStep;
import org.springframework.stereotype.Component;

/** A merge of customers moves their visits, past and planned. */
@Component
class VisitMergeStep extends TableMergeStep {

    VisitMergeStep(EntityManager entityManager) {
        super(entityManager, "visit", "merge.moves.visits");
    }
}
