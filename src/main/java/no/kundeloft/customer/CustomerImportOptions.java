package no.kundeloft.customer;

import java.util.List;

/**
 * The choices a leader makes before a customer import is checked: who gets the rows whose file
 * gives no owner — one seller, or spread over several — and what happens to customers that exist
 * already.
 *
 * @param defaultOwnerId the owner of rows without one, when not spreading; may be null
 * @param spreadOver sellers the rows without an owner are spread over; empty for one owner
 */
public record CustomerImportOptions(
        Long defaultOwnerId, List<Long> spreadOver, Spread spread, Existing existing) {

    public CustomerImportOptions {
        spreadOver = List.copyOf(spreadOver);
    }

    /** How rows are spread over sellers, each within their portfolio limit. */
    public enum Spread {
        /** In turn, in the order of the file. */
        ROUND_ROBIN,
        /** Neighbouring postal codes to the same seller, in even shares. */
        BY_POSTCODE,
        /** Each row to the sellers of its sector (public or private), in turn. */
        BY_SECTOR
    }

    /**
     * Customers already registered (same organisation number, or same name and postal code where
     * the file gives no number).
     */
    public enum Existing {
        SKIP,
        /** Fields the file carries are updated; owner, tier, sector and status never are. */
        UPDATE
    }

    /** All rows without an owner to one seller (or none); existing customers skipped. */
    public static CustomerImportOptions owner(Long ownerId) {
        return new CustomerImportOptions(ownerId, List.of(), Spread.ROUND_ROBIN, Existing.SKIP);
    }

    public CustomerImportOptions existing(Existing choice) {
        return new CustomerImportOptions(defaultOwnerId, spreadOver, spread, choice);
    }

    public boolean spreading() {
        return !spreadOver.isEmpty();
    }
}
