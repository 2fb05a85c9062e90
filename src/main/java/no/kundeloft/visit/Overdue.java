package no.kundeloft.visit;

import java.util.List;

/** How many customers in scope are overdue for a visit, and the longest overdue of them. */
public record Overdue(long count, List<OverdueCustomer> first) {}
