package no.kundeloft.budget;

import java.math.BigDecimal;
import java.util.List;

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

    /**
     * A subject's line from its revisions (newest first): the targets in force and where its newest
     * revision stands.
     */
    static BudgetLine of(SubjectInfo subject, List<BudgetRevision> revisions, Long me) {
        BudgetRevision inForce =
                revisions.stream().filter(BudgetRevision::inForce).findFirst().orElse(null);
        BudgetRevision newest = revisions.isEmpty() ? null : revisions.getFirst();
        return new BudgetLine(
                subject,
                inForce == null ? BigDecimal.ZERO : inForce.portfolio(),
                inForce == null ? BigDecimal.ZERO : inForce.newSales(),
                newest == null ? null : newest.status(),
                newest == null ? 0 : newest.revision(),
                newest == null ? -1 : newest.version(),
                BudgetRules.mayDraft(subject, me),
                BudgetRules.mayApprove(subject, me));
    }

    public BigDecimal total() {
        return portfolio.add(newSales);
    }

    /** Waiting for the current user's approval. */
    public boolean awaitsMyApproval() {
        return mayApprove && status == BudgetStatus.SENT;
    }
}
