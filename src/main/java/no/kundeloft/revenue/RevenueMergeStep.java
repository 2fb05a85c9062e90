package no.kundeloft.revenue;

import jakarta.persistence.EntityManager;
import java.util.List;
import no.kundeloft.customer.TableMergeStep;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A merge of customers moves their revenue months — a month both have becomes one with the two
 * amounts added up — and their corrections, and has the credited revenue of every seller who owned
 * either customer summed again before the commit.
 */
@Component
@Order(10)
class RevenueMergeStep extends TableMergeStep {

    RevenueMergeStep(EntityManager entityManager) {
        super(entityManager, "revenue_entry", "merge.moves.revenueMonths");
    }

    @Override
    public List<String> tables() {
        return List.of("revenue_entry", "revenue_correction");
    }

    @Override
    public void move(Long keepId, Long dropId) {
        @SuppressWarnings("unchecked")
        List<Number> owners =
                entityManager
                        .createNativeQuery(
                                "select distinct owner_id from customer_ownership where customer_id"
                                        + " in (?1, ?2)")
                        .setParameter(1, keepId)
                        .setParameter(2, dropId)
                        .getResultList();
        run(
                "update revenue_entry set version = version + 1, amount = amount + (select"
                        + " d.amount from revenue_entry d where d.customer_id = ?2 and"
                        + " d.revenue_month = revenue_entry.revenue_month) where customer_id = ?1"
                        + " and revenue_month in (select revenue_month from revenue_entry where"
                        + " customer_id = ?2)",
                keepId,
                dropId);
        run(
                "delete from revenue_entry where customer_id = ?2 and revenue_month in (select"
                        + " k.revenue_month from revenue_entry k where k.customer_id = ?1)",
                keepId,
                dropId);
        super.move(keepId, dropId);
        run(
                "update revenue_correction set customer_id = ?1, version = version + 1 where"
                        + " customer_id = ?2",
                keepId,
                dropId);
        CreditedRevenueListener.noteOwners(
                entityManager.unwrap(Session.class).unwrap(SharedSessionContractImplementor.class),
                owners.stream().map(Number::longValue).toList());
    }

    private void run(String sql, Long keepId, Long dropId) {
        entityManager
                .createNativeQuery(sql)
                .setParameter(1, keepId)
                .setParameter(2, dropId)
                .executeUpdate();
    }
}
