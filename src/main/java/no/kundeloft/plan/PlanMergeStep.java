package no.kundeloft.plan;

import jakarta.persistence.EntityManager;
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
        return sameYear("plan_year", "merge.conflict.plans", keepId, dropId);
    }
}
