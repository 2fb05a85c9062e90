package no.kundeloft.stand;

import jakarta.persistence.EntityManager;
import no.kundeloft.customer.ContactTableMergeStep;
import org.springframework.stereotype.Component;

/** A merge of contacts moves the stand leads that named the other. */
@Component
class LeadContactMergeStep extends ContactTableMergeStep {

    LeadContactMergeStep(EntityManager entityManager) {
        super(entityManager, "stand_lead", null, true);
    }
}
