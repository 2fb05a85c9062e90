package no.kundeloft.customer;

import java.util.List;

/**
 * What a feature does when two contacts that are one person are merged: it moves its rows from the
 * contact that goes to the one that stays. Each feature that keeps rows for a contact provides one.
 */
public interface ContactMergeStep {

    /** The tables whose {@code contact_id} this step moves (a test holds them to the schema). */
    List<String> tables();

    /** Moves the rows of {@code dropId} to {@code keepId}, in the merge's transaction. */
    void move(Long keepId, Long dropId);
}
