package no.kundeloft.organisation;

/**
 * How many customers an employee owns, answered by the customer feature (which depends on this one,
 * so the organisation asks through this interface).
 */
public interface OwnedCustomers {

    long countOwnedBy(Long employeeId);
}
