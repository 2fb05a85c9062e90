package no.kundeloft.budget;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import no.kundeloft.base.Problem;
import no.kundeloft.customer.TableMergeStep;
import org.springframework.stereotype.Component;

/**
 * A merge of key customers moves their budgets (every revision); two budgets for the same year
 * cannot be one, so such a merge waits until one of them is removed.
 */
@Component
class BudgetMergeStep extends TableMergeStep {

    BudgetMergeStep(EntityManager entityManager) {
        super(entityManager, "budget", "merge.moves.budgets");
    }

    @Override
    public Optional<Problem> conflict(Long keepId, Long dropId) {
        return sameYear("budget_year", "merge.conflict.budgets", keepId, dropId);
    }

    @Override
    public void move(Long keepId, Long dropId) {
        entityManager
                .createNativeQuery(
                        "update budget set customer_id = ?1, subject_key = ?3, version = version + 1"
                                + " where customer_id = ?2")
                .setParameter(1, keepId)
                .setParameter(2, dropId)
                .setParameter(3, new BudgetSubject(BudgetKind.KEY_CUSTOMER, keepId).key())
                .executeUpdate();
    }
}
