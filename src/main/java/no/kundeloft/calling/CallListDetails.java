package no.kundeloft.calling;

import java.util.List;

/**
 * A call list as its form shows it: the form's values, the names behind the ids, and whether the
 * user may change it.
 */
public record CallListDetails(
        Long id,
        CallListForm form,
        CallListStatus status,
        String ownerName,
        List<String> teamNames,
        List<String> callerNames,
        List<String> sellerNames,
        boolean editable) {}
