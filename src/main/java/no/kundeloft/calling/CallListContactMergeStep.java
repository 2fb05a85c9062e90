package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import no.kundeloft.customer.ContactTableMergeStep;
import org.springframework.stereotype.Component;

/**
 * A merge of contacts moves the other's call-list entries; on a list that has both, the entry of
 * the contact that stays is kept.
 */
@Component
class CallListContactMergeStep extends ContactTableMergeStep {

    CallListContactMergeStep(EntityManager entityManager) {
        super(entityManager, "call_list_entry", "call_list_id", true);
    }
}
