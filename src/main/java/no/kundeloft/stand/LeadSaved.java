package no.kundeloft.stand;

import java.util.List;

/**
 * A lead as saved: where it went, the known customers it may be, and whether this save had already
 * happened (a retry).
 */
public record LeadSaved(
        Long leadId, String routedTo, String callListName, List<String> knownAs, boolean again) {}
