package no.kundeloft.visit;

import jakarta.persistence.EntityManager;
import no.kundeloft.customer.ContactTableMergeStep;
import org.springframework.stereotype.Component;

/** A merge of contacts moves them onto the visits the other attended (once per visit). */
@Component
class VisitContactMergeStep extends ContactTableMergeStep {

    VisitContactMergeStep(EntityManager entityManager) {
        super(entityManager, "visit_contact", "visit_id", false);
    }
}
