package no.kundeloft.customer;

import java.util.List;

/**
 * The result of a planned hand-over before it is committed: each receiver's portfolio against its
 * limit, the customers still without a receiver, and key customers planned for someone who is not a
 * key account manager (or the reverse).
 */
public record HandOverPreview(
        List<ReceiverLoad> receivers, List<String> unassigned, List<String> tierConflicts) {

    public boolean canCommit() {
        return unassigned.isEmpty()
                && tierConflicts.isEmpty()
                && receivers.stream().allMatch(ReceiverLoad::withinLimit);
    }
}
