package no.kundeloft.customer;

import java.util.List;
import no.kundeloft.base.Problem;

/**
 * What merging two customers would do: the one that stays, the one that goes, what moves (message
 * keys with counts), the empty fields the one that stays takes from the other, and why it cannot be
 * done, if it cannot.
 */
public record MergePreview(
        CustomerListItem keep,
        CustomerListItem drop,
        List<Problem> moves,
        List<ImportColumn> filledIn,
        List<Problem> conflicts) {

    public boolean canMerge() {
        return conflicts.isEmpty();
    }
}
