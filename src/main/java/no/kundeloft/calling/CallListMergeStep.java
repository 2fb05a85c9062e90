package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import no.kundeloft.customer.TableMergeStep;
import org.springframework.stereotype.Component;

/** A merge of customers moves their places on call lists (each with its contact). */
@Component
class CallListMergeStep extends TableMergeStep {

    CallListMergeStep(EntityManager entityManager) {
        super(entityManager, "call_list_entry", "merge.moves.callListEntries");
    }
}
