package no.kundeloft.customer;

import java.time.LocalDate;
import java.util.List;
import no.kundeloft.organisation.Sector;

/** A customer with its contacts and ownership history, as the customer page shows it. */
public record CustomerDetails(
        Long id,
        long version,
        String name,
        String orgNumber,
        Sector sector,
        String industry,
        String country,
        String street,
        String postalCode,
        String city,
        String email,
        String phone,
        String website,
        CustomerStatus status,
        CustomerTier tier,
        String ownerName,
        LocalDate customerSince,
        List<ContactItem> contacts,
        List<OwnershipPeriod> ownership) {

    /** A contact person at the customer. */
    public record ContactItem(
            Long id,
            long version,
            String fullName,
            String title,
            String email,
            String phone,
            boolean primary,
            boolean doNotCall) {}

    /**
     * Who owned the customer from {@code from} until {@code to} (exclusive; null while current).
     */
    public record OwnershipPeriod(String ownerName, LocalDate from, LocalDate to) {}
}
