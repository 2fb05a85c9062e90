package no.kundeloft.budget;

import java.math.BigDecimal;

/**
 * One subject's budget in the budget list: the targets in force (approved, or the first draft) and
 * the state of its newest revision; null status when nothing is drafted yet.
 */
public record BudgetLine(
        SubjectInfo subject,
        BigDecimal portfolio,
        BigDecimal newSales,
        BudgetStatus status,
        int revision,
        long version,
        boolean mayDraft,
        boolean mayApprove) {

    public BigDecimal total() {
        return portfolio.add(newSales);
    }

    /** Waiting for the current user's approval. */
    public boolean awaitsMyApproval() {
        return mayApprove && status == BudgetStatus.SENT;
    }
}
