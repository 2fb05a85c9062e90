package no.kundeloft.budget;

/** Where a revision of a budget stands. */
public enum BudgetStatus {
    /** Being drafted; editable. Revision 1 in draft counts until something is approved. */
    DRAFT,
    /**
     * A draft sent for approval: the drafter waits; the approver approves it or sends it back with
     * a comment.
     */
    SENT,
    /** Approved and locked; the revision that counts. */
    APPROVED,
    /** Approved once, replaced by a later approved revision; kept as history. */
    SUPERSEDED;

    /** Not approved yet: being drafted or sent for approval. */
    public boolean isDraft() {
        return this == DRAFT || this == SENT;
    }
}
