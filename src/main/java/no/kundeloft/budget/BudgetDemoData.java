package no.kundeloft.budget;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.Customer;
import no.kundeloft.demo.DemoDataPart;
import no.kundeloft.organisation.Department;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.revenue.MonthlyAmounts;
import no.kundeloft.revenue.RevenueLoadService;
import no.kundeloft.revenue.RevenueRollup;
import no.kundeloft.revenue.RollupLevel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Budgets for every seller, team leader with an own budget, department and key customer: last
 * year's approved, this year's partly approved so each demo account has something to do ({@code
 * manager} approves sellers of {@code teamlead}'s team, {@code director} approves {@code
 * teamlead}'s own budget and {@code manager}'s department budget, {@code teamlead} approves {@code
 * kam}'s key-customer budgets), and from October next year's drafts. Each is grown from the twelve
 * loaded months before it and phased like them. A year that already has budgets is left alone, so a
 * demo database started again in a later month gets only the years it misses.
 */
@Component
@Order(50)
class BudgetDemoData implements DemoDataPart {

    /** From this month on, next year's budgets are drafted. */
    private static final Month DRAFTING_STARTS = Month.OCTOBER;

    private enum Stage {
        APPROVED,
        PARTLY_APPROVED,
        DRAFTED
    }

    private final BudgetRepository budgets;
    private final BudgetSubjects subjects;
    private final RevenueRollup revenue;
    private final RevenueLoadService revenueLoad;
    private final EntityManager entityManager;
    private final Clock clock;

    BudgetDemoData(
            BudgetRepository budgets,
            BudgetSubjects subjects,
            RevenueRollup revenue,
            RevenueLoadService revenueLoad,
            EntityManager entityManager,
            Clock clock) {
        this.budgets = budgets;
        this.subjects = subjects;
        this.revenue = revenue;
        this.revenueLoad = revenueLoad;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public void addIfMissing() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        addYearIfMissing(year - 1, Stage.APPROVED, today);
        addYearIfMissing(year, Stage.PARTLY_APPROVED, today);
        if (today.getMonthValue() >= DRAFTING_STARTS.getValue()) {
            addYearIfMissing(year + 1, Stage.DRAFTED, today);
        }
    }

    private void addYearIfMissing(int year, Stage stage, LocalDate today) {
        if (budgets.countByYear(year) > 0) {
            return;
        }
        YearMonth basisEnd = Phasing.basisEnd(year, revenueLoad.loadedThrough());
        if (basisEnd == null) {
            return;
        }
        YearMonth from = basisEnd.minusMonths(11);
        Instant drafted =
                earliest(
                        LocalDate.of(year - 1, 11, 20).atTime(10, 0),
                        today.minusDays(2).atTime(10, 0));
        Instant approved =
                earliest(
                        LocalDate.of(year - 1, 12, 12).atTime(14, 0),
                        today.minusDays(1).atTime(14, 0));
        Map<Long, String> usernames = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        entityManager
                .createQuery("select e.id, e.username, e.fullName from Employee e", Object[].class)
                .getResultList()
                .forEach(
                        row -> {
                            usernames.put((Long) row[0], (String) row[1]);
                            names.put((Long) row[0], (String) row[2]);
                        });
        Map<Long, MonthlyAmounts> sellers =
                revenue.byGroup(
                        RecordScope.all(),
                        RollupLevel.ALL,
                        Set.of(),
                        RollupLevel.SELLER,
                        from,
                        basisEnd);
        Map<Long, MonthlyAmounts> departments =
                revenue.byGroup(
                        RecordScope.all(),
                        RollupLevel.ALL,
                        Set.of(),
                        RollupLevel.DEPARTMENT,
                        from,
                        basisEnd);
        Map<Long, MonthlyAmounts> customers =
                revenue.byGroup(
                        RecordScope.all(),
                        RollupLevel.ALL,
                        Set.of(),
                        RollupLevel.CUSTOMER,
                        from,
                        basisEnd);
        Budgeting budgeting = new Budgeting(year, from, drafted);

        for (SubjectInfo info : subjects.inScope(RecordScope.all())) {
            Long id = info.subject().id();
            String drafter = names.getOrDefault(info.drafterId(), "");
            String approver = names.get(info.approverId());
            boolean inTeamleadsTeam = "teamlead".equals(usernames.get(leaderOf(info)));
            switch (info.subject().kind()) {
                case SELLER -> {
                    MonthlyAmounts basis = sellers.getOrDefault(id, new MonthlyAmounts());
                    boolean waiting =
                            inTeamleadsTeam
                                    ? !Set.of("am", "kam").contains(usernames.get(id))
                                    : id % 2 != 0;
                    save(
                            budgeting,
                            info,
                            basis,
                            1.06,
                            0.15,
                            BigDecimal.valueOf(400_000),
                            drafter,
                            approver(stage, waiting, approver, approved));
                }
                case LEADER ->
                        save(
                                budgeting,
                                info,
                                sellers.getOrDefault(id, new MonthlyAmounts()),
                                1.05,
                                0,
                                BigDecimal.valueOf(1_500_000),
                                drafter,
                                approver(
                                        stage,
                                        "teamlead".equals(usernames.get(id)),
                                        approver,
                                        approved));
                case DEPARTMENT ->
                        save(
                                budgeting,
                                info,
                                departments.getOrDefault(id, new MonthlyAmounts()),
                                1.10,
                                0.18,
                                BigDecimal.ZERO,
                                drafter,
                                approver(
                                        stage,
                                        "manager".equals(usernames.get(info.drafterId())),
                                        approver,
                                        approved));
                case KEY_CUSTOMER ->
                        save(
                                budgeting,
                                info,
                                customers.getOrDefault(id, new MonthlyAmounts()),
                                1.08,
                                0,
                                BigDecimal.ZERO,
                                drafter,
                                approver(
                                        stage,
                                        "kam".equals(usernames.get(info.employeeId())),
                                        approver,
                                        approved));
            }
        }
        entityManager.flush();
        entityManager.clear();
    }

    /**
     * The year being budgeted, the first of the twelve months it grows from, and when it was
     * drafted.
     */
    private record Budgeting(int year, YearMonth basisFrom, Instant drafted) {}

    /**
     * Who approved and when; or sent for approval (those waiting: a demo account's own budgets this
     * year and the same next year); or null for a draft not sent yet.
     */
    private static Approval approver(
            Stage stage, boolean waitingThisYear, String approver, Instant approved) {
        boolean isApproved =
                stage == Stage.APPROVED || (stage == Stage.PARTLY_APPROVED && !waitingThisYear);
        if (isApproved && approver != null) {
            return new Approval(approver, approved);
        }
        return waitingThisYear && stage != Stage.APPROVED ? Approval.SENT : null;
    }

    private record Approval(String by, Instant at) {

        static final Approval SENT = new Approval(null, null);

        boolean sent() {
            return by == null;
        }
    }

    private static Instant earliest(LocalDateTime planned, LocalDateTime latest) {
        return (planned.isBefore(latest) ? planned : latest).atZone(Formats.ZONE).toInstant();
    }

    private static Long leaderOf(SubjectInfo info) {
        return info.subject().kind() == BudgetKind.SELLER ? info.drafterId() : null;
    }

    /**
     * A budget grown from the twelve months before: the portfolio target is their revenue times the
     * growth, the new-sales target a share of it plus a fixed part; both phased like those months.
     */
    private void save(
            Budgeting budgeting,
            SubjectInfo info,
            MonthlyAmounts basis,
            double growth,
            double newSalesShare,
            BigDecimal newSalesBase,
            String drafter,
            Approval approval) {
        BigDecimal[] byMonth = new BigDecimal[12];
        for (YearMonth month = budgeting.basisFrom();
                byMonth[month.getMonthValue() - 1] == null;
                month = month.plusMonths(1)) {
            byMonth[month.getMonthValue() - 1] = basis.total(month);
        }
        List<BigDecimal> weights = List.of(byMonth);
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal portfolio =
                total.multiply(BigDecimal.valueOf(growth)).setScale(-3, RoundingMode.HALF_UP);
        BigDecimal newSales =
                total.multiply(BigDecimal.valueOf(newSalesShare))
                        .add(newSalesBase)
                        .setScale(-3, RoundingMode.HALF_UP);
        List<BigDecimal> portfolioMonths = Phasing.spread(portfolio, weights);
        List<BigDecimal> newSalesMonths = Phasing.spread(newSales, weights);
        List<BudgetMonth> months = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            months.add(
                    new BudgetMonth(
                            month, portfolioMonths.get(month - 1), newSalesMonths.get(month - 1)));
        }
        BudgetSubject subject = info.subject();
        Budget budget =
                new Budget(
                        subject,
                        info.employeeId() == null
                                ? null
                                : entityManager.getReference(Employee.class, info.employeeId()),
                        subject.kind() == BudgetKind.DEPARTMENT
                                ? entityManager.getReference(Department.class, subject.id())
                                : null,
                        subject.kind() == BudgetKind.KEY_CUSTOMER
                                ? entityManager.getReference(Customer.class, subject.id())
                                : null,
                        budgeting.year(),
                        1);
        budget.replaceMonths(months, drafter, budgeting.drafted());
        if (approval != null && approval.sent()) {
            budget.send(drafter, budgeting.drafted());
        } else if (approval != null) {
            budget.approve(approval.by(), approval.at());
        }
        entityManager.persist(budget);
    }
}
