package no.kundeloft.visit;

import java.time.Instant;

/**
 * An active customer not visited within its cadence and with no visit planned; lastVisit null when
 * never.
 */
public record OverdueCustomer(
        Long customerId, String name, boolean key, String ownerName, Instant lastVisit) {}
