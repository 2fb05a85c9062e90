package no.kundeloft.budget;

/**
 * A budget subject with where it sits in the organisation and who drafts and approves its budget.
 * For a key customer, {@code employeeId} is its key account manager; for a department it is null.
 */
public record SubjectInfo(
        BudgetSubject subject,
        String name,
        String teamName,
        Long employeeId,
        Long teamId,
        Long departmentId,
        Long divisionId,
        Long drafterId,
        Long approverId) {}
