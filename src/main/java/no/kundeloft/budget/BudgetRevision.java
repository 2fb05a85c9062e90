package no.kundeloft.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One revision of a budget as shown to the user, with its twelve months. */
public record BudgetRevision(
        Long id,
        long version,
        int revision,
        BudgetStatus status,
        String reason,
        String draftedBy,
        Instant draftedAt,
        String sentBy,
        Instant sentAt,
        String returnedBy,
        Instant returnedAt,
        String returnComment,
        String approvedBy,
        Instant approvedAt,
        List<MonthTarget> months) {

    static BudgetRevision of(Budget budget) {
        return new BudgetRevision(
                budget.getId(),
                budget.getVersion(),
                budget.getRevision(),
                budget.getStatus(),
                budget.getReason(),
                budget.getDraftedBy(),
                budget.getDraftedAt(),
                budget.getSentBy(),
                budget.getSentAt(),
                budget.getReturnedBy(),
                budget.getReturnedAt(),
                budget.getReturnComment(),
                budget.getApprovedBy(),
                budget.getApprovedAt(),
                budget.getMonths().stream().map(MonthTarget::of).toList());
    }

    public BigDecimal portfolio() {
        return months.stream().map(MonthTarget::portfolio).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal newSales() {
        return months.stream().map(MonthTarget::newSales).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal total() {
        return portfolio().add(newSales());
    }

    /**
     * Whether this revision counts in figures: the approved one, or the first draft (sent or not)
     * while nothing is approved.
     */
    boolean inForce() {
        return status == BudgetStatus.APPROVED || (status.isDraft() && revision == 1);
    }
}
