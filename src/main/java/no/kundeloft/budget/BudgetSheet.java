package no.kundeloft.budget;

import java.util.List;

/**
 * Everything the budget page shows about one subject's budget for a year: its revisions, newest
 * first, what the current user may do with it, and the comparisons that belong beside it.
 */
public record BudgetSheet(
        SubjectInfo subject,
        int year,
        List<BudgetRevision> revisions,
        boolean mayDraft,
        boolean mayApprove,
        List<BudgetCheck> checks) {

    /** The newest revision, or null before anything is saved. */
    public BudgetRevision current() {
        return revisions.isEmpty() ? null : revisions.getFirst();
    }

    /**
     * The targets can be edited: the user drafts this budget and it is not approved (or not yet
     * saved).
     */
    public boolean editable() {
        return mayDraft && (current() == null || current().status() == BudgetStatus.DRAFT);
    }

    public boolean mayStartRevision() {
        return mayDraft && current() != null && current().status() == BudgetStatus.APPROVED;
    }

    /** The drafter may send the draft for approval. */
    public boolean maySend() {
        return mayDraft && current() != null && current().status() == BudgetStatus.DRAFT;
    }

    /** The approver may approve the sent draft or send it back. */
    public boolean mayApproveNow() {
        return mayApprove && current() != null && current().status() == BudgetStatus.SENT;
    }
}
