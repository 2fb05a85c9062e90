package no.kundeloft.customer;

import jakarta.persistence.EntityManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The customer feature's own rows in a merge: contacts (one primary contact stays: the kept
 * customer's, if it has one) and the activity log.
 */
@Configuration
class CustomerOwnMergeSteps {

    @Bean
    @Order(1)
    CustomerMergeStep contactsMerge(EntityManager entityManager) {
        return new TableMergeStep(entityManager, "contact", "merge.moves.contacts") {
            @Override
            public void move(Long keepId, Long dropId) {
                entityManager
                        .createNativeQuery(
                                "update contact set is_primary = false, version = version + 1"
                                        + " where customer_id = ?2 and is_primary = true and exists"
                                        + " (select 1 from contact k where k.customer_id = ?1 and"
                                        + " k.is_primary = true)")
                        .setParameter(1, keepId)
                        .setParameter(2, dropId)
                        .executeUpdate();
                super.move(keepId, dropId);
            }
        };
    }

    @Bean
    @Order(2)
    CustomerMergeStep activitiesMerge(EntityManager entityManager) {
        return new TableMergeStep(entityManager, "customer_activity", "merge.moves.activities") {};
    }
}
