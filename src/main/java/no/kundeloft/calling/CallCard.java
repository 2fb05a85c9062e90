package no.kundeloft.calling;

import java.time.Instant;
import java.util.List;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.organisation.Sector;

/**
 * The contact a caller has on screen: the company's facts (no revenue), the person to call, the
 * customer's other contacts, its last calls, the list's script and the sellers a meeting may be
 * booked for.
 */
public record CallCard(
        Long entryId,
        long entryVersion,
        Long listId,
        String listName,
        String script,
        Company company,
        Person contact,
        List<Person> otherContacts,
        List<PastCall> lastCalls,
        int tries,
        boolean callBack,
        Instant dueAt,
        List<PersonChoice> sellers) {

    public record Company(
            Long id,
            String name,
            String orgNumber,
            Sector sector,
            String industry,
            CustomerStatus status,
            String street,
            String postalCode,
            String city,
            String phone,
            String website,
            String ownerName) {}

    public record Person(
            Long id,
            String fullName,
            String title,
            String phone,
            String email,
            boolean doNotCall) {}

    public record PastCall(
            Instant at,
            String callerName,
            String contactName,
            CallOutcome outcome,
            String notes,
            String reason) {}
}
