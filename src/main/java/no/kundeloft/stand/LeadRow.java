package no.kundeloft.stand;

import java.time.Instant;

/**
 * A lead in a list: who, from which company, how to reach them, what they want, where it stands and
 * whose it is.
 */
public record LeadRow(
        Long id,
        String place,
        Instant takenAt,
        String takenBy,
        String personName,
        String company,
        String orgNumber,
        String phone,
        String email,
        String postalCode,
        String interest,
        LeadState state,
        String routedTo,
        String callListName,
        Instant contactedAt,
        String consentText,
        Instant consentAt) {}
