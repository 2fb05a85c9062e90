package no.kundeloft.stand;

import jakarta.persistence.EntityManager;
import no.kundeloft.customer.TableMergeStep;
import org.springframework.stereotype.Component;

/** A merge of customers moves the stand leads that found them. */
@Component
class LeadMergeStep extends TableMergeStep {

    LeadMergeStep(EntityManager entityManager) {
        super(entityManager, "stand_lead", "merge.moves.leads");
    }
}
