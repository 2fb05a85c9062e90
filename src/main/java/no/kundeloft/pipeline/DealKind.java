package no.kundeloft.pipeline;

import no.kundeloft.customer.CustomerStatus;

/** New sales to a company that is not a customer yet, or growth at an existing customer. */
public enum DealKind {
    NEW_CUSTOMER,
    GROWTH;

    /**
     * What a new deal at a customer of this status usually is: a prospect (or a lost customer) is
     * won, a customer grows.
     */
    public static DealKind usualFor(CustomerStatus status) {
        return status == CustomerStatus.ACTIVE ? GROWTH : NEW_CUSTOMER;
    }
}
