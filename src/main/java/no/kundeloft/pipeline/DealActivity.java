package no.kundeloft.pipeline;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import no.kundeloft.customer.CustomerActivityLogged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a deal's last activity: besides changes to the deal itself, a call or note a seller logs at the
 * customer, and a visit the seller plans or reports there, count for the seller's open deals at that customer.
 * Written as one update that leaves the deal's version alone, so a deal open in someone's dialog is not
 * reported as changed by a call.
 */
@Component
public class DealActivity {

    private final EntityManager entityManager;

    DealActivity(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The seller's open deals at the customer had activity at the given moment. */
    public void record(Long customerId, Long sellerId, Instant at) {
        entityManager.createQuery("""
                        update Deal d set d.lastActivityAt = :at
                        where d.customer.id = :customer and d.owner.id = :seller and d.lastActivityAt < :at
                          and d.stage.id in (select s.id from DealStage s where s.outcome = no.kundeloft.pipeline.StageOutcome.OPEN)""")
                .setParameter("at", at).setParameter("customer", customerId).setParameter("seller", sellerId).executeUpdate();
    }

    @EventListener
    void on(CustomerActivityLogged logged) {
        record(logged.customerId(), logged.sellerId(), logged.at());
    }
}
