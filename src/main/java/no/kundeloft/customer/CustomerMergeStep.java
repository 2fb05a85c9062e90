package no.kundeloft.customer;

import java.util.List;
import java.util.Optional;
import no.kundeloft.base.Problem;

/**
 * What a feature does when two customers that are one are merged: it moves its rows from the
 * customer that goes to the one that stays, or says why the merge cannot be done. Each feature that
 * keeps rows for a customer provides one, so the customer feature merges without knowing them.
 */
public interface CustomerMergeStep {

    /** The tables whose {@code customer_id} this step moves (a test holds them to the schema). */
    List<String> tables();

    /** The message key that names what moves ("{0} deals"), with the count as its argument. */
    String what();

    /** How many rows a customer has here. */
    long count(Long customerId);

    /**
     * Why the two cannot be merged here (e.g. both have a plan for the same year); usually none.
     */
    default Optional<Problem> conflict(Long keepId, Long dropId) {
        return Optional.empty();
    }

    /** Moves the rows of {@code dropId} to {@code keepId}, in the merge's transaction. */
    void move(Long keepId, Long dropId);
}
