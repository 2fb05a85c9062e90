package no.kundeloft.customer;

/** An employee who owns customers in the current user's scope, for the owner filter. */
public record OwnerOption(Long id, String fullName) {}
