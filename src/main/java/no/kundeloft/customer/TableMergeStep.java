package no.kundeloft.customer;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import no.kundeloft.base.Problem;

/**
 * A merge step that moves every row of one table from the customer that goes to the one that stays,
 * counting each move as a change of the row (its version goes up, so a form open on it is told).
 * Features subclass it with their table and the words for what moves.
 */
public abstract class TableMergeStep implements CustomerMergeStep {

    protected final EntityManager entityManager;
    private final String table;
    private final String what;

    protected TableMergeStep(EntityManager entityManager, String table, String what) {
        this.entityManager = entityManager;
        this.table = table;
        this.what = what;
    }

    @Override
    public List<String> tables() {
        return List.of(table);
    }

    @Override
    public String what() {
        return what;
    }

    @Override
    public long count(Long customerId) {
        return ((Number)
                        entityManager
                                .createNativeQuery(
                                        "select count(*) from " + table + " where customer_id = ?1")
                                .setParameter(1, customerId)
                                .getSingleResult())
                .longValue();
    }

    /**
     * The first year both customers have a row for (a plan, a budget), as a conflict named by the
     * message key; empty when they share none.
     */
    protected Optional<Problem> sameYear(
            String yearColumn, String messageKey, Long keepId, Long dropId) {
        @SuppressWarnings("unchecked")
        List<Number> years =
                entityManager
                        .createNativeQuery(
                                "select k."
                                        + yearColumn
                                        + " from "
                                        + table
                                        + " k join "
                                        + table
                                        + " d on d."
                                        + yearColumn
                                        + " = k."
                                        + yearColumn
                                        + " where k.customer_id = ?1 and d.customer_id = ?2"
                                        + " order by k."
                                        + yearColumn)
                        .setParameter(1, keepId)
                        .setParameter(2, dropId)
                        .getResultList();
        return years.isEmpty()
                ? Optional.empty()
                : Optional.of(new Problem(messageKey, years.getFirst().intValue()));
    }

    @Override
    public void move(Long keepId, Long dropId) {
        entityManager
                .createNativeQuery(
                        "update "
                                + table
                                + " set customer_id = ?1, version = version + 1 where customer_id = ?2")
                .setParameter(1, keepId)
                .setParameter(2, dropId)
                .executeUpdate();
    }
}
