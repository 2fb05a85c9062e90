package no.kundeloft.customer;

import no.kundeloft.organisation.Sector;

/** One row of the customer grid. */
public record CustomerListItem(
        Long id,
        String name,
        String orgNumber,
        Sector sector,
        CustomerStatus status,
        CustomerTier tier,
        String ownerName) {

    static CustomerListItem of(Customer c) {
        return new CustomerListItem(
                c.getId(),
                c.getName(),
                c.getOrgNumber(),
                c.getSector(),
                c.getStatus(),
                c.getTier(),
                c.getOwner().getFullName());
    }
}
