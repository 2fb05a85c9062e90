package no.kundeloft.budget;

import static no.kundeloft.budget.BudgetRules.mayApprove;
import static no.kundeloft.budget.BudgetRules.mayDraft;
import static no.kundeloft.budget.BudgetRules.notice;
import static no.kundeloft.budget.BudgetRules.unchanged;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.Customer;
import no.kundeloft.history.ChangeHistory;
import no.kundeloft.history.HistoryEntry;
import no.kundeloft.notification.NotificationKind;
import no.kundeloft.notification.Notifications;
import no.kundeloft.organisation.Department;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting, approving and revising budgets. Every subject is looked up within the current user's
 * scope, so one outside it answers "not found"; who may draft and who may approve comes from {@link
 * BudgetSubjects}. Meeting bookers see no budgets.
 */
@Service
@PreAuthorize("isAuthenticated() and !hasRole('MEETING_BOOKER')")
@Transactional(readOnly = true)
public class BudgetService {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");
    static final int MAX_REASON = 500;
    static final int MAX_COMMENT = 1000;

    /** From November, next year is the one being budgeted. */
    private static final Month BUDGETING_STARTS = Month.NOVEMBER;

    private final BudgetRepository budgets;
    private final BudgetSubjects subjects;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ChangeHistory changeHistory;
    private final Notifications notifications;
    private final BudgetChecks checks;
    private final PhasingBasis basis;

    BudgetService(
            BudgetRepository budgets,
            BudgetSubjects subjects,
            OrganisationService organisation,
            CurrentUser currentUser,
            EntityManager entityManager,
            Clock clock,
            ChangeHistory changeHistory,
            Notifications notifications,
            BudgetChecks checks,
            PhasingBasis basis) {
        this.notifications = notifications;
        this.checks = checks;
        this.basis = basis;
        this.changeHistory = changeHistory;
        this.budgets = budgets;
        this.subjects = subjects;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The calendar year today. */
    public int currentYear() {
        return YearMonth.now(clock).getYear();
    }

    /**
     * The year budgets are worked on: next year in November and December, when it is being
     * budgeted; else this year.
     */
    public int budgetYear() {
        YearMonth now = YearMonth.now(clock);
        return now.getMonthValue() >= BUDGETING_STARTS.getValue()
                ? now.getYear() + 1
                : now.getYear();
    }

    /**
     * Every budget subject in the user's scope for a year, with its targets in force and its state.
     */
    public List<BudgetLine> lines(int year) {
        Long me = currentUser.require().employeeId();
        List<SubjectInfo> all = subjects.inScope(organisation.currentScope());
        Map<String, List<BudgetRevision>> revisions = revisionsOf(all, year);
        List<BudgetLine> lines = new ArrayList<>();
        for (SubjectInfo subject : all) {
            lines.add(
                    BudgetLine.of(
                            subject,
                            revisions.getOrDefault(subject.subject().key(), List.of()),
                            me));
        }
        return lines;
    }

    /** One subject's budget for a year; a subject outside the user's scope is "not found". */
    public BudgetSheet sheet(BudgetSubject subject, int year) {
        return sheetOf(require(subject), year);
    }

    /**
     * Saves the twelve months of a draft: the first revision when nothing is saved yet, otherwise
     * the newest revision, which must still be a draft and at the version the user edited.
     */
    @Transactional
    public BudgetSheet saveDraft(
            BudgetSubject subject, int year, long editedVersion, List<MonthTarget> months) {
        SubjectInfo info = require(subject);
        requireDrafter(info);
        List<BudgetMonth> checked = BudgetMonths.checked(months);
        KundeloftUser user = currentUser.require();
        Budget newest = newestLocked(info, year);
        if (newest == null) {
            Budget created =
                    new Budget(
                            subject,
                            reference(Employee.class, info.employeeId()),
                            subject.kind() == BudgetKind.DEPARTMENT
                                    ? reference(Department.class, subject.id())
                                    : null,
                            subject.kind() == BudgetKind.KEY_CUSTOMER
                                    ? reference(Customer.class, subject.id())
                                    : null,
                            year,
                            1);
            created.replaceMonths(checked, user.fullName(), clock.instant());
            try {
                budgets.saveAndFlush(created);
            } catch (DataIntegrityViolationException e) {
                throw new BudgetRefusedException("budget.refused.changed", "", "");
            }
        } else {
            if (newest.getStatus() != BudgetStatus.DRAFT) {
                throw new BudgetRefusedException("budget.refused.locked", newest.getRevision());
            }
            if (newest.getVersion() != editedVersion) {
                throw new BudgetRefusedException(
                        "budget.refused.changed", newest.getDraftedBy(), newest.getDraftedAt());
            }
            newest.replaceMonths(checked, user.fullName(), clock.instant());
            budgets.saveAndFlush(newest);
        }
        return sheetOf(info, year);
    }

    /**
     * Opens a new draft revision of an approved budget, with the same targets and the reason for
     * the change.
     */
    @Transactional
    public BudgetSheet startRevision(BudgetSubject subject, int year, String reason) {
        SubjectInfo info = require(subject);
        requireDrafter(info);
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new BudgetRefusedException("budget.refused.reasonRequired");
        }
        if (trimmed.length() > MAX_REASON) {
            throw new BudgetRefusedException("budget.refused.reasonTooLong", MAX_REASON);
        }
        Budget newest = newestLocked(info, year);
        if (newest == null || newest.getStatus() != BudgetStatus.APPROVED) {
            throw new BudgetRefusedException("budget.refused.notApproved");
        }
        Budget next = newest.nextRevision(trimmed);
        next.replaceMonths(newest.getMonths(), currentUser.require().fullName(), clock.instant());
        budgets.saveAndFlush(next);
        return sheetOf(info, year);
    }

    /**
     * The drafter sends the newest draft for approval; its approver is told. Refused when changed
     * since it was seen.
     */
    @Transactional
    public BudgetSheet send(BudgetSubject subject, int year, long seenVersion) {
        SubjectInfo info = require(subject);
        requireDrafter(info);
        KundeloftUser user = currentUser.require();
        Budget newest = newestLocked(info, year);
        if (newest == null || newest.getStatus() != BudgetStatus.DRAFT) {
            throw new BudgetRefusedException("budget.refused.nothingToSend");
        }
        unchanged(newest, seenVersion);
        newest.send(user.fullName(), clock.instant());
        budgets.flush();
        notifications.send(
                info.approverId(),
                NotificationKind.BUDGET_SENT,
                Notifications.Actor.of(user),
                notice(info, year, null));
        return sheetOf(info, year);
    }

    /**
     * Approves the sent draft, which locks it; an earlier approved revision becomes history; the
     * drafter is told. Only the next level up may approve, never the person the budget is for.
     */
    @Transactional
    public BudgetSheet approve(BudgetSubject subject, int year, long seenVersion) {
        SubjectInfo info = require(subject);
        approveOne(info, year, seenVersion);
        return sheetOf(info, year);
    }

    /**
     * Approves several sent drafts at once, each at the version the approver saw: all of them or,
     * when one is refused (changed, not sent, not theirs to approve), none, with the refusal naming
     * that budget.
     */
    @Transactional
    public int approveAll(Map<BudgetSubject, Long> seenVersions, int year) {
        for (Map.Entry<BudgetSubject, Long> seen : seenVersions.entrySet()) {
            SubjectInfo info = require(seen.getKey());
            try {
                approveOne(info, year, seen.getValue());
            } catch (BudgetRefusedException e) {
                throw new BudgetRefusedException("budget.refused.oneOfSeveral", info.name());
            }
        }
        return seenVersions.size();
    }

    /**
     * The approver sends a sent draft back to its drafter with a comment (required), who is told.
     */
    @Transactional
    public BudgetSheet sendBack(BudgetSubject subject, int year, long seenVersion, String comment) {
        SubjectInfo info = require(subject);
        KundeloftUser user = currentUser.require();
        requireApprover(info, user);
        String trimmed = comment == null ? "" : comment.strip();
        if (trimmed.isEmpty()) {
            throw new BudgetRefusedException("budget.refused.commentRequired");
        }
        if (trimmed.length() > MAX_COMMENT) {
            throw new BudgetRefusedException("budget.refused.commentTooLong", MAX_COMMENT);
        }
        Budget newest = newestLocked(info, year);
        if (newest == null || newest.getStatus() != BudgetStatus.SENT) {
            throw new BudgetRefusedException("budget.refused.nothingToApprove");
        }
        unchanged(newest, seenVersion);
        newest.sendBack(user.fullName(), clock.instant(), trimmed);
        budgets.flush();
        notifications.send(
                info.drafterId(),
                NotificationKind.BUDGET_RETURNED,
                Notifications.Actor.of(user),
                notice(info, year, trimmed));
        return sheetOf(info, year);
    }

    private void approveOne(SubjectInfo info, int year, long seenVersion) {
        KundeloftUser user = currentUser.require();
        requireApprover(info, user);
        Budget newest = newestLocked(info, year);
        if (newest == null || newest.getStatus() != BudgetStatus.SENT) {
            throw new BudgetRefusedException(
                    newest != null && newest.getStatus() == BudgetStatus.DRAFT
                            ? "budget.refused.notSent"
                            : "budget.refused.nothingToApprove");
        }
        unchanged(newest, seenVersion);
        BudgetSubject subject = info.subject();
        budgets.findApproved(year, subject.kind(), subject.key()).forEach(Budget::supersede);
        newest.approve(user.fullName(), clock.instant());
        budgets.flush();
        notifications.send(
                info.drafterId(),
                NotificationKind.BUDGET_APPROVED,
                Notifications.Actor.of(user),
                notice(info, year, null));
    }

    private void requireApprover(SubjectInfo info, KundeloftUser user) {
        if (Objects.equals(info.employeeId(), user.employeeId())) {
            throw new BudgetRefusedException("budget.refused.ownApproval");
        }
        if (!mayApprove(info, user.employeeId())) {
            throw new BudgetRefusedException("budget.refused.notApprover");
        }
    }

    /**
     * Twelve months spreading the annual targets, evenly or like the subject's revenue in the
     * twelve loaded months that {@link Phasing#basisEnd} chooses; nothing is saved.
     */
    public List<MonthTarget> phase(
            BudgetSubject subject,
            int year,
            BigDecimal portfolio,
            BigDecimal newSales,
            Phasing phasing) {
        SubjectInfo info = require(subject);
        List<BigDecimal> weights =
                phasing == Phasing.LAST_YEAR ? basis.months(info, year) : List.of();
        List<BigDecimal> portfolioMonths = Phasing.spread(BudgetMonths.orZero(portfolio), weights);
        List<BigDecimal> newSalesMonths = Phasing.spread(BudgetMonths.orZero(newSales), weights);
        List<MonthTarget> months = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            months.add(
                    new MonthTarget(
                            month, portfolioMonths.get(month - 1), newSalesMonths.get(month - 1)));
        }
        return months;
    }

    private BudgetSheet sheetOf(SubjectInfo info, int year) {
        Long me = currentUser.require().employeeId();
        List<BudgetRevision> revisions =
                revisionsOf(List.of(info), year).getOrDefault(info.subject().key(), List.of());
        return new BudgetSheet(
                info,
                year,
                revisions,
                mayDraft(info, me),
                mayApprove(info, me),
                checks.of(info, year, revisions));
    }

    /**
     * Every change to a subject's budgets for a year (each revision's status, approval and reason;
     * the month targets are in the revisions themselves); newest first. Out of scope is "not
     * found".
     */
    public List<HistoryEntry> history(BudgetSubject subject, int year) {
        SubjectInfo info = require(subject);
        return budgets.findRevisions(year, Set.of(info.subject().key())).stream()
                .flatMap(budget -> changeHistory.of(Budget.class, budget.getId()).stream())
                .sorted(HistoryEntry.NEWEST_FIRST)
                .toList();
    }

    private Map<String, List<BudgetRevision>> revisionsOf(List<SubjectInfo> infos, int year) {
        if (infos.isEmpty()) {
            return Map.of();
        }
        // A subject key names its kind too (S, L, D or C), so the keys alone find each subject's
        // revisions.
        Set<String> keys =
                infos.stream().map(info -> info.subject().key()).collect(Collectors.toSet());
        return budgets.findRevisions(year, keys).stream()
                .sorted(Comparator.comparingInt(Budget::getRevision).reversed())
                .collect(
                        Collectors.groupingBy(
                                Budget::getSubjectKey,
                                Collectors.mapping(BudgetRevision::of, Collectors.toList())));
    }

    private SubjectInfo require(BudgetSubject subject) {
        return subjects.find(subject.kind(), organisation.currentScope(), subject.id()).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Budget", subject.id()));
    }

    private void requireDrafter(SubjectInfo info) {
        if (!mayDraft(info, currentUser.require().employeeId())) {
            throw new BudgetRefusedException("budget.refused.notDrafter");
        }
    }

    private Budget newestLocked(SubjectInfo info, int year) {
        return budgets.lockNewest(year, info.subject().kind(), info.subject().key()).stream()
                .findFirst()
                .orElse(null);
    }

    private <T> T reference(Class<T> type, Long id) {
        return id == null ? null : entityManager.getReference(type, id);
    }
}
