package no.kundeloft.pipeline;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import no.kundeloft.customer.CustomerActivityLogged;
import no.kundeloft.customer.CustomerOwnerChanged;
import no.kundeloft.organisation.Employee;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows what happens at a deal's customer. A new owner of the customer takes over the previous
 * owner's open deals there. A deal's last activity: besides changes to the deal itself, a call or
 * note a seller logs at the customer, and a visit the seller plans or reports there, count for the
 * seller's open deals at that customer. Written as one update that leaves the deal's version alone,
 * so a deal open in someone's dialog is not reported as changed by a call.
 */
@Component
public class DealActivity {

    private final EntityManager entityManager;

    DealActivity(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The seller's open deals at the customer had activity at the given moment. */
    public void record(Long customerId, Long sellerId, Instant at) {
        entityManager
                .createQuery(
                        """
                        update Deal d set d.lastActivityAt = :at
                        where d.customer.id = :customer and d.owner.id = :seller and d.lastActivityAt < :at
                          and d.stage.id in (select s.id from DealStage s where s.outcome = no.kundeloft.pipeline.StageOutcome.OPEN)""")
                .setParameter("at", at)
                .setParameter("customer", customerId)
                .setParameter("seller", sellerId)
                .executeUpdate();
    }

    @EventListener
    void on(CustomerActivityLogged logged) {
        record(logged.customerId(), logged.sellerId(), logged.at());
    }

    /**
     * A customer's new owner takes over the open deals its previous owner had there (kept in each
     * deal's history).
     */
    @EventListener
    void on(CustomerOwnerChanged changed) {
        Employee receiver = entityManager.find(Employee.class, changed.newOwnerId());
        entityManager
                .createQuery(
                        """
                        select d from Deal d where d.customer.id = :customer and d.owner.id = :previous
                          and d.stage.outcome = no.kundeloft.pipeline.StageOutcome.OPEN""",
                        Deal.class)
                .setParameter("customer", changed.customerId())
                .setParameter("previous", changed.previousOwnerId())
                .getResultList()
                .forEach(deal -> deal.handTo(receiver));
    }
}
