package no.kundeloft.pipeline;

import java.math.BigDecimal;

/** A customer's open deals in short: how many, their first-year value and weighted value. */
public record OpenDeals(long count, BigDecimal value, BigDecimal weighted) {}
