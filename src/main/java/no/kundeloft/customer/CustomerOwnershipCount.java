package no.kundeloft.customer;

import no.kundeloft.organisation.OwnedCustomers;
import org.springframework.stereotype.Component;

/**
 * Tells the organisation feature how many customers someone owns (lost ones included: they still
 * need an owner).
 */
@Component
class CustomerOwnershipCount implements OwnedCustomers {

    private final CustomerRepository customers;

    CustomerOwnershipCount(CustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    public long countOwnedBy(Long employeeId) {
        return customers.countByOwnerId(employeeId);
    }
}
