package no.kundeloft.budget;

import no.kundeloft.notification.Notice;

/**
 * Who drafts and who approves a budget, that a save or approval is of the revision the user saw,
 * and what the notice of a budget's step says.
 */
final class BudgetRules {

    private BudgetRules() {}

    static void unchanged(Budget budget, long seenVersion) {
        if (budget.getVersion() != seenVersion) {
            throw new BudgetRefusedException(
                    "budget.refused.changed", budget.getDraftedBy(), budget.getDraftedAt());
        }
    }

    static Notice notice(SubjectInfo info, int year, String comment) {
        return new Notice(
                info.name() + " " + year,
                null,
                comment,
                "budgets?year=" + year + "&subject=" + info.subject().token());
    }

    static boolean mayDraft(SubjectInfo info, Long me) {
        return me != null && me.equals(info.drafterId());
    }

    static boolean mayApprove(SubjectInfo info, Long me) {
        return me != null && me.equals(info.approverId()) && !me.equals(info.employeeId());
    }
}
