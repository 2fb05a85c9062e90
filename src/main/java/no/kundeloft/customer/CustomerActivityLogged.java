package no.kundeloft.customer;

import java.time.Instant;

/**
 * A call or note was logged at a customer by a seller: other features (the pipeline) count it as
 * activity.
 */
public record CustomerActivityLogged(Long customerId, Long sellerId, Instant at) {}
