package no.kundeloft.pipeline;

import jakarta.persistence.EntityManager;
import no.kundeloft.customer.TableMergeStep;
import org.springframework.stereotype.Component;

/** A merge of customers moves their deals, open and closed. */
@Component
class DealMergeStep extends TableMergeStep {

    DealMergeStep(EntityManager entityManager) {
        super(entityManager, "deal", "merge.moves.deals");
    }
}
