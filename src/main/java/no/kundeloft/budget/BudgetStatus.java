package no.kundeloft.budget;

/** Where a revision of a budget stands. */
public enum BudgetStatus {
    /** Being drafted; editable. Revision 1 in draft counts until something is approved. */
    DRAFT,
    /** Approved and locked; the revision that counts. */
    APPROVED,
    /** Approved once, replaced by a later approved revision; kept as history. */
    SUPERSEDED
}
