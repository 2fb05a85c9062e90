package no.kundeloft.customer;

/** How many customers an owner holds, lost ones not counted. */
public record PortfolioSize(Long ownerId, long customers) {}
