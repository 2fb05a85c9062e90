package no.kundeloft.search;

import java.time.Instant;

/**
 * One record found: what it is, its name, a line about it (an org number and owner, the customer)
 * with a moment where it has one (a visit's start), and its address.
 */
public record SearchHit(
        SearchKind kind, Long id, String title, String detail, Instant when, String link) {}
