package no.kundeloft.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.kundeloft.customer.Attitude;
import no.kundeloft.customer.BuyingRole;

/**
 * A key customer's plan for a year as its page shows it, with its score and what the user may do.
 */
public record PlanDetails(
        Long customerId,
        String customerName,
        String ownerName,
        Long ownerId,
        int year,
        boolean exists,
        long version,
        String business,
        String priorities,
        String ourPosition,
        String competitors,
        String strategy,
        List<Objective> objectives,
        List<Stakeholder> stakeholders,
        List<Whitespace> whitespace,
        List<Action> actions,
        List<Risk> risks,
        List<Review> reviews,
        PlanScore score,
        boolean mayEdit,
        boolean mayReview) {

    public record Objective(
            Long id,
            String description,
            BigDecimal targetValue,
            String targetUnit,
            LocalDate dueDate,
            Long ownerId,
            String ownerName,
            ObjectiveStatus status,
            int percentDone,
            boolean carriedOver,
            long version) {}

    public record Stakeholder(
            Long contactId,
            String name,
            String title,
            BuyingRole buyingRole,
            Integer influence,
            Attitude attitude,
            Long reportsToId,
            String reportsToName,
            Long relationshipOwnerId,
            String relationshipOwnerName) {}

    public record Whitespace(
            Long offeringId, String offering, WhitespaceState state, BigDecimal potential) {}

    public record Action(
            Long id,
            String description,
            Long ownerId,
            String ownerName,
            LocalDate dueDate,
            boolean done,
            boolean overdue,
            boolean carriedOver,
            long version) {}

    public record Risk(
            Long id, String description, int likelihood, int impact, String mitigation) {}

    public record Review(
            String reviewer, Instant reviewedAt, ReviewVerdict verdict, String comment) {}

    /** Revenue potential summed over the whitespace, what we deliver and what we could. */
    public record WhitespaceTotals(BigDecimal current, BigDecimal opportunity) {}

    public WhitespaceTotals whitespaceTotals() {
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal opportunity = BigDecimal.ZERO;
        for (Whitespace cell : whitespace) {
            BigDecimal value = cell.potential() == null ? BigDecimal.ZERO : cell.potential();
            if (cell.state() == WhitespaceState.CURRENT) {
                current = current.add(value);
            } else if (cell.state() == WhitespaceState.OPPORTUNITY) {
                opportunity = opportunity.add(value);
            }
        }
        return new WhitespaceTotals(current, opportunity);
    }

    public Review lastReview() {
        return reviews.isEmpty() ? null : reviews.getFirst();
    }
}
