package no.kundeloft.customer;

import java.util.Map;

/**
 * A row of the customer grid: the customer and the other features' column values, by column key.
 */
public record CustomerListRow(CustomerListItem item, Map<String, Object> values) {}
