package no.kundeloft.visit;

import jakarta.persistence.EntityManager;
import java.util.List;
import no.kundeloft.customer.ContactMergeStep;
import org.springframework.stereotype.Component;

/** A merge of contacts moves them onto the visits the other attended (once per visit). */
@Component
class VisitContactMergeStep implements ContactMergeStep {

    private final EntityManager entityManager;

    VisitContactMergeStep(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<String> tables() {
        return List.of("visit_contact");
    }

    @Override
    public void move(Long keepId, Long dropId) {
        entityManager
                .createNativeQuery(
                        "delete from visit_contact where contact_id = ?2 and visit_id in (select"
                                + " k.visit_id from visit_contact k where k.contact_id = ?1)")
                .setParameter(1, keepId)
                .setParameter(2, dropId)
                .executeUpdate();
        entityManager
                .createNativeQuery("update visit_contact set contact_id = ?1 where contact_id = ?2")
                .setParameter(1, keepId)
                .setParameter(2, dropId)
                .executeUpdate();
    }
}
