package no.kundeloft.customer;

/**
 * A customer was given to another owner (reassigned, handed over, or made key with its new owner).
 */
public record CustomerOwnerChanged(Long customerId, Long previousOwnerId, Long newOwnerId) {}
