package no.kundeloft.budget;

/** What a budget is for, which decides who drafts it and who approves it (PRODUCT.md, "Budget"). */
public enum BudgetKind {
    /**
     * A seller's portfolio and new-sales targets: drafted by the team leader, approved by the sales
     * manager.
     */
    SELLER,
    /**
     * A team leader's own targets (teams whose leader has an own budget): drafted by the sales
     * manager, approved by the director.
     */
    LEADER,
    /**
     * The sales manager's top-down department budget: drafted by the sales manager, approved by the
     * director.
     */
    DEPARTMENT,
    /**
     * A key account manager's budget for one key customer: drafted by the KAM, approved by the team
     * leader.
     */
    KEY_CUSTOMER
}
