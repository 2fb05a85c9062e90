package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import java.util.List;
import no.kundeloft.customer.ContactMergeStep;
import org.springframework.stereotype.Component;

/**
 * A merge of contacts moves the other's call-list entries; on a list that has both, the entry of
 * the contact that stays is kept.
 */
@Component
class CallListContactMergeStep implements ContactMergeStep {

    private final EntityManager entityManager;

    CallListContactMergeStep(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<String> tables() {
        return List.of("call_list_entry");
    }

    @Override
    public void move(Long keepId, Long dropId) {
        entityManager
                .createNativeQuery(
                        "delete from call_list_entry where contact_id = ?2 and call_list_id in"
                                + " (select k.call_list_id from call_list_entry k where"
                                + " k.contact_id = ?1)")
                .setParameter(1, keepId)
                .setParameter(2, dropId)
                .executeUpdate();
        entityManager
                .createNativeQuery(
                        "update call_list_entry set contact_id = ?1, version = version + 1 where"
                                + " contact_id = ?2")
                .setParameter(1, keepId)
                .setParameter(2, dropId)
                .executeUpdate();
    }
}
