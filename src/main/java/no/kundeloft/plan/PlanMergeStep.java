package no.kundeloft.plan;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import no.kundeloft.base.Problem;
import no.kundeloft.customer.TableMergeStep;
import org.springframework.stereotype.Component;

/**
 * A merge of customers moves their account plans; two plans for the same year cannot be one, so
 * such a merge waits until one of them is removed.
 */
@Component
class PlanMergeStep extends TableMergeStep {

    PlanMergeStep(EntityManager entityManager) {
        super(entityManager, "account_plan", "merge.moves.plans");
    }

    @Override
    public Optional<Problem> conflict(Long keepId, Long dropId) {
        @SuppressWarnings("unchecked")
        List<Number> years =
                entityManager
                        .createNativeQuery(
                                "select k.plan_year from account_plan k join account_plan d on"
                                        + " d.plan_year = k.plan_year where k.customer_id = ?1 and"
                                        + " d.customer_id = ?2 order by k.plan_year")
                        .setParameter(1, keepId)
                        .setParameter(2, dropId)
                        .getResultList();
        return years.isEmpty()
                ? Optional.empty()
                : Optional.of(new Problem("merge.conflict.plans", years.getFirst().intValue()));
    }
}
