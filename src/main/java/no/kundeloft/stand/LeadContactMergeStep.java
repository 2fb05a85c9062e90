package no.kundeloft.stand;

import jakarta.persistence.EntityManager;
import java.util.List;
import no.kundeloft.customer.ContactMergeStep;
import org.springframework.stereotype.Component;

/** A merge of contacts moves the stand leads that named the other. */
@Component
class LeadContactMergeStep implements ContactMergeStep {

    private final EntityManager entityManager;

    LeadContactMergeStep(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<String> tables() {
        return List.of("stand_lead");
    }

    @Override
    public void move(Long keepId, Long dropId) {
        entityManager
                .createNativeQuery(
                        "update stand_lead set contact_id = ?1, version = version + 1 where"
                                + " contact_id = ?2")
                .setParameter(1, keepId)
                .setParameter(2, dropId)
                .executeUpdate();
    }
}
