package no.kundeloft.plan;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A key customer in the plan list: its plan's score (null when there is no plan), the owner, the
 * last review and the customer's revenue attainment this year to date (null without a key-customer
 * budget).
 */
public record PlanLine(
        Long customerId,
        String customerName,
        String ownerName,
        boolean hasPlan,
        Integer score,
        Instant lastReviewedAt,
        String lastReviewer,
        ReviewVerdict lastVerdict,
        BigDecimal attainmentPercent) {}
