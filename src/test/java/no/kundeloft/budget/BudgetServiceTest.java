package no.kundeloft.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.TestOrganisation;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.notification.NotificationItem;
import no.kundeloft.notification.NotificationKind;
import no.kundeloft.notification.NotificationService;
import no.kundeloft.revenue.RevenueEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Drafting and approval on the test organisation: lead1 leads T1 (am1, am2, kam1; own budget) in
 * mgrA's department Øst of dir1's division; kam1 owns the key customer k1.
 */
class BudgetServiceTest extends ScenarioTest {

    private static final int YEAR = 2026;

    @Autowired BudgetService budgets;
    @Autowired NotificationService notifications;
    @Autowired TestClock clock;
    @Autowired TestOrganisation testOrganisation;
    @Autowired EntityManager em;

    private static List<MonthTarget> months(long portfolio, long newSales) {
        List<MonthTarget> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(
                    new MonthTarget(
                            month, BigDecimal.valueOf(portfolio), BigDecimal.valueOf(newSales)));
        }
        return months;
    }

    private BudgetSubject seller(no.kundeloft.organisation.Employee employee) {
        return new BudgetSubject(BudgetKind.SELLER, employee.getId());
    }

    @Test
    void the_team_leader_drafts_and_the_sales_manager_approves_and_locks_a_sellers_budget() {
        signIn.as(s.lead1());
        BudgetSheet draft = budgets.saveDraft(seller(s.am1()), YEAR, -1, months(100, 10));
        assertThat(draft.current().status()).isEqualTo(BudgetStatus.DRAFT);
        assertThat(draft.current().portfolio()).isEqualByComparingTo("1200");
        assertThat(draft.current().newSales()).isEqualByComparingTo("120");
        assertThat(draft.current().draftedBy()).isEqualTo(s.lead1().getFullName());
        assertThat(draft.mayApproveNow()).isFalse();
        assertThat(draft.maySend()).isTrue();
        signIn.as(s.mgrA());
        assertThatThrownBy(() -> budgets.approve(seller(s.am1()), YEAR, draft.current().version()))
                .isInstanceOf(BudgetRefusedException.class)
                .hasMessageContaining("budget.refused.notSent");

        signIn.as(s.lead1());
        BudgetSheet sent = budgets.send(seller(s.am1()), YEAR, draft.current().version());
        assertThat(sent.current().status()).isEqualTo(BudgetStatus.SENT);
        assertThat(sent.current().sentBy()).isEqualTo(s.lead1().getFullName());
        assertThat(sent.editable()).as("a sent draft waits for its approver").isFalse();
        assertThatThrownBy(
                        () ->
                                budgets.saveDraft(
                                        seller(s.am1()),
                                        YEAR,
                                        sent.current().version(),
                                        months(1, 1)))
                .isInstanceOf(BudgetRefusedException.class);

        signIn.as(s.mgrA());
        BudgetSheet approved = budgets.approve(seller(s.am1()), YEAR, sent.current().version());
        assertThat(approved.current().status()).isEqualTo(BudgetStatus.APPROVED);
        assertThat(approved.current().approvedBy()).isEqualTo(s.mgrA().getFullName());

        signIn.as(s.lead1());
        assertThat(budgets.sheet(seller(s.am1()), YEAR).editable()).isFalse();
        assertThatThrownBy(
                        () ->
                                budgets.saveDraft(
                                        seller(s.am1()),
                                        YEAR,
                                        approved.current().version(),
                                        months(1, 1)))
                .isInstanceOf(BudgetRefusedException.class)
                .hasMessageContaining("budget.refused.locked");
        assertThat(budgets.sheet(seller(s.am1()), YEAR).current().portfolio())
                .isEqualByComparingTo("1200");
    }

    @Test
    void a_change_after_approval_is_a_new_revision_with_a_reason_and_the_old_one_stays_visible() {
        signIn.as(s.lead1());
        long version =
                budgets.saveDraft(seller(s.am1()), YEAR, -1, months(100, 10)).current().version();
        version = budgets.send(seller(s.am1()), YEAR, version).current().version();
        signIn.as(s.mgrA());
        budgets.approve(seller(s.am1()), YEAR, version);

        signIn.as(s.lead1());
        assertThatThrownBy(() -> budgets.startRevision(seller(s.am1()), YEAR, "  "))
                .isInstanceOf(BudgetRefusedException.class)
                .hasMessageContaining("reasonRequired");
        BudgetSheet revision =
                budgets.startRevision(seller(s.am1()), YEAR, "Took over three customers from am2");
        assertThat(revision.current().revision()).isEqualTo(2);
        assertThat(revision.current().reason()).isEqualTo("Took over three customers from am2");
        revision =
                budgets.saveDraft(
                        seller(s.am1()), YEAR, revision.current().version(), months(150, 10));
        // Until revision 2 is approved, the approved revision 1 still counts.
        assertThat(budgets.lines(YEAR))
                .filteredOn(line -> line.subject().subject().equals(seller(s.am1())))
                .singleElement()
                .satisfies(
                        line -> {
                            assertThat(line.portfolio()).isEqualByComparingTo("1200");
                            assertThat(line.status()).isEqualTo(BudgetStatus.DRAFT);
                            assertThat(line.revision()).isEqualTo(2);
                        });
        revision = budgets.send(seller(s.am1()), YEAR, revision.current().version());

        signIn.as(s.mgrA());
        BudgetSheet approved = budgets.approve(seller(s.am1()), YEAR, revision.current().version());
        assertThat(approved.revisions())
                .extracting(BudgetRevision::revision, BudgetRevision::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, BudgetStatus.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(1, BudgetStatus.SUPERSEDED));
        assertThat(approved.revisions().get(1).portfolio()).isEqualByComparingTo("1200");
        assertThat(budgets.lines(YEAR))
                .filteredOn(line -> line.subject().subject().equals(seller(s.am1())))
                .singleElement()
                .extracting(BudgetLine::portfolio)
                .satisfies(p -> assertThat(p).isEqualByComparingTo("1800"));
    }

    @Test
    void a_seller_cannot_draft_or_approve_their_own_budget() {
        signIn.as(s.lead1());
        long version =
                budgets.saveDraft(seller(s.am1()), YEAR, -1, months(100, 10)).current().version();
        signIn.as(s.am1());
        BudgetSheet mine = budgets.sheet(seller(s.am1()), YEAR);
        assertThat(mine.editable()).isFalse();
        assertThat(mine.mayApproveNow()).isFalse();
        assertThatThrownBy(() -> budgets.approve(seller(s.am1()), YEAR, version))
                .isInstanceOf(BudgetRefusedException.class)
                .hasMessageContaining("ownApproval");
        assertThatThrownBy(() -> budgets.saveDraft(seller(s.am1()), YEAR, version, months(1, 1)))
                .isInstanceOf(BudgetRefusedException.class)
                .hasMessageContaining("notDrafter");
    }

    @Test
    void the_drafter_cannot_approve_and_a_team_leaders_own_budget_goes_to_the_director() {
        signIn.as(s.lead1());
        long version =
                budgets.saveDraft(seller(s.am2()), YEAR, -1, months(50, 5)).current().version();
        assertThatThrownBy(() -> budgets.approve(seller(s.am2()), YEAR, version))
                .isInstanceOf(BudgetRefusedException.class)
                .hasMessageContaining("notApprover");

        BudgetSubject leader = new BudgetSubject(BudgetKind.LEADER, s.lead1().getId());
        assertThatThrownBy(() -> budgets.saveDraft(leader, YEAR, -1, months(0, 20)))
                .isInstanceOf(BudgetRefusedException.class)
                .hasMessageContaining("notDrafter");
        signIn.as(s.mgrA());
        long draftVersion = budgets.saveDraft(leader, YEAR, -1, months(0, 20)).current().version();
        long leaderVersion = budgets.send(leader, YEAR, draftVersion).current().version();
        assertThatThrownBy(() -> budgets.approve(leader, YEAR, leaderVersion))
                .isInstanceOf(BudgetRefusedException.class)
                .hasMessageContaining("notApprover");
        signIn.as(s.lead1());
        assertThatThrownBy(() -> budgets.approve(leader, YEAR, leaderVersion))
                .isInstanceOf(BudgetRefusedException.class)
                .hasMessageContaining("ownApproval");
        signIn.as(s.dir1());
        assertThat(budgets.approve(leader, YEAR, leaderVersion).current().status())
                .isEqualTo(BudgetStatus.APPROVED);
    }

    @Test
    void the_approver_sends_a_budget_back_with_a_comment_and_its_drafter_is_told() {
        signIn.as(s.kam1());
        BudgetSubject key = new BudgetSubject(BudgetKind.KEY_CUSTOMER, s.k1().getId());
        long draft = budgets.saveDraft(key, YEAR, -1, months(900, 0)).current().version();
        long sent = budgets.send(key, YEAR, draft).current().version();

        signIn.as(s.lead1());
        assertThatThrownBy(() -> budgets.sendBack(key, YEAR, sent, "  "))
                .isInstanceOf(BudgetRefusedException.class)
                .hasMessageContaining("commentRequired");
        assertThatThrownBy(() -> budgets.sendBack(key, YEAR, sent, "x".repeat(1001)))
                .hasMessageContaining("commentTooLong");
        BudgetSheet returned =
                budgets.sendBack(key, YEAR, sent, "Too low for the cloud move; add 10 % in Q3.");
        assertThat(returned.current().status()).isEqualTo(BudgetStatus.DRAFT);
        assertThat(returned.current().returnComment())
                .isEqualTo("Too low for the cloud move; add 10 % in Q3.");
        assertThat(returned.current().returnedBy()).isEqualTo(s.lead1().getFullName());
        assertThatThrownBy(() -> budgets.sendBack(key, YEAR, returned.current().version(), "Again"))
                .as("only a sent draft goes back")
                .isInstanceOf(BudgetRefusedException.class);

        signIn.as(s.kam1());
        assertThat(notifications.latest())
                .first()
                .satisfies(
                        n -> {
                            assertThat(n.kind()).isEqualTo(NotificationKind.BUDGET_RETURNED);
                            assertThat(n.actorName()).isEqualTo(s.lead1().getFullName());
                            assertThat(n.detail())
                                    .isEqualTo("Too low for the cloud move; add 10 % in Q3.");
                            assertThat(n.link())
                                    .isEqualTo("budgets?year=" + YEAR + "&subject=" + key.token());
                        });
        assertThat(budgets.sheet(key, YEAR).editable()).isTrue();
        signIn.as(s.mgrA());
        assertThatThrownBy(
                        () -> budgets.sendBack(key, YEAR, returned.current().version(), "Not mine"))
                .isInstanceOf(BudgetRefusedException.class)
                .hasMessageContaining("notApprover");
    }

    @Test
    void the_approver_is_told_of_a_sent_budget_and_approves_several_at_once_or_none() {
        signIn.as(s.lead1());
        long am1 =
                budgets.send(
                                seller(s.am1()),
                                YEAR,
                                budgets.saveDraft(seller(s.am1()), YEAR, -1, months(100, 10))
                                        .current()
                                        .version())
                        .current()
                        .version();
        long am2 =
                budgets.send(
                                seller(s.am2()),
                                YEAR,
                                budgets.saveDraft(seller(s.am2()), YEAR, -1, months(50, 5))
                                        .current()
                                        .version())
                        .current()
                        .version();
        signIn.as(s.mgrA());
        assertThat(notifications.latest())
                .extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.BUDGET_SENT, NotificationKind.BUDGET_SENT);
        assertThat(budgets.lines(YEAR)).filteredOn(BudgetLine::awaitsMyApproval).hasSize(2);

        Map<BudgetSubject, Long> stale = new LinkedHashMap<>();
        stale.put(seller(s.am2()), am2 - 1);
        assertThatThrownBy(() -> budgets.approveAll(stale, YEAR))
                .isInstanceOf(BudgetRefusedException.class)
                .hasMessageContaining("oneOfSeveral");

        Map<BudgetSubject, Long> seen = new LinkedHashMap<>();
        seen.put(seller(s.am1()), am1);
        seen.put(seller(s.am2()), am2);
        assertThat(budgets.approveAll(seen, YEAR)).isEqualTo(2);
        assertThat(budgets.lines(YEAR))
                .filteredOn(line -> line.status() == BudgetStatus.APPROVED)
                .hasSize(2);
        signIn.as(s.lead1());
        assertThat(notifications.latest())
                .extracting(NotificationItem::kind)
                .containsExactly(
                        NotificationKind.BUDGET_APPROVED, NotificationKind.BUDGET_APPROVED);
    }

    @Test
    void a_save_from_an_old_version_is_refused_and_changes_nothing() {
        signIn.as(s.lead1());
        BudgetSheet first = budgets.saveDraft(seller(s.am1()), YEAR, -1, months(100, 10));
        budgets.saveDraft(seller(s.am1()), YEAR, first.current().version(), months(200, 10));
        assertThatThrownBy(
                        () ->
                                budgets.saveDraft(
                                        seller(s.am1()),
                                        YEAR,
                                        first.current().version(),
                                        months(300, 10)))
                .isInstanceOf(BudgetRefusedException.class)
                .hasMessageContaining("budget.refused.changed");
        assertThat(budgets.sheet(seller(s.am1()), YEAR).current().portfolio())
                .isEqualByComparingTo("2400");
    }

    @Test
    void negative_or_missing_months_are_refused_naming_the_month() {
        signIn.as(s.lead1());
        List<MonthTarget> months = months(100, 10);
        months.set(4, new MonthTarget(5, new BigDecimal("-1"), BigDecimal.TEN));
        assertThatThrownBy(() -> budgets.saveDraft(seller(s.am1()), YEAR, -1, months))
                .isInstanceOf(BudgetRefusedException.class)
                .satisfies(
                        e ->
                                assertThat(((BudgetRefusedException) e).arguments())
                                        .containsExactly(5));
        assertThatThrownBy(
                        () -> budgets.saveDraft(seller(s.am1()), YEAR, -1, months.subList(0, 11)))
                .isInstanceOf(BudgetRefusedException.class)
                .hasMessageContaining("twelveMonths");
        assertThat(budgets.sheet(seller(s.am1()), YEAR).current()).isNull();
    }

    @Test
    void the_department_budget_is_compared_with_the_sum_of_its_sellers_and_team_leaders() {
        signIn.as(s.lead1());
        budgets.saveDraft(seller(s.am1()), YEAR, -1, months(100, 10));
        budgets.saveDraft(seller(s.am2()), YEAR, -1, months(50, 0));
        signIn.as(s.mgrA());
        budgets.saveDraft(
                new BudgetSubject(BudgetKind.LEADER, s.lead1().getId()), YEAR, -1, months(0, 5));
        BudgetSubject department =
                new BudgetSubject(BudgetKind.DEPARTMENT, s.t1().getDepartment().getId());
        BudgetSheet sheet = budgets.saveDraft(department, YEAR, -1, months(200, 20));
        assertThat(sheet.checks())
                .satisfiesExactly(
                        portfolio -> {
                            assertThat(portfolio.kind())
                                    .isEqualTo(BudgetCheck.Kind.TOP_DOWN_PORTFOLIO);
                            assertThat(portfolio.target()).isEqualByComparingTo("2400");
                            assertThat(portfolio.sum()).isEqualByComparingTo("1800");
                            assertThat(portfolio.gap()).isEqualByComparingTo("600");
                        },
                        newSales -> {
                            assertThat(newSales.target()).isEqualByComparingTo("240");
                            assertThat(newSales.sum()).isEqualByComparingTo("180");
                        });
    }

    @Test
    void
            a_kam_drafts_key_customer_budgets_checked_against_the_portfolio_target_and_the_leader_approves() {
        signIn.as(s.lead1());
        budgets.saveDraft(seller(s.kam1()), YEAR, -1, months(1000, 0));
        signIn.as(s.kam1());
        BudgetSubject key = new BudgetSubject(BudgetKind.KEY_CUSTOMER, s.k1().getId());
        BudgetSheet sheet = budgets.saveDraft(key, YEAR, -1, months(900, 0));
        assertThat(sheet.checks())
                .singleElement()
                .satisfies(
                        check -> {
                            assertThat(check.kind())
                                    .isEqualTo(BudgetCheck.Kind.KEY_CUSTOMERS_VS_PORTFOLIO);
                            assertThat(check.target()).isEqualByComparingTo("12000");
                            assertThat(check.sum()).isEqualByComparingTo("10800");
                        });
        assertThatThrownBy(() -> budgets.approve(key, YEAR, sheet.current().version()))
                .isInstanceOf(BudgetRefusedException.class);
        long sent = budgets.send(key, YEAR, sheet.current().version()).current().version();
        signIn.as(s.lead1());
        assertThat(budgets.approve(key, YEAR, sent).current().status())
                .isEqualTo(BudgetStatus.APPROVED);
    }

    @Test
    void each_role_lists_only_the_budgets_of_its_scope() {
        signIn.as(s.am1());
        assertThat(budgets.lines(YEAR))
                .extracting(line -> line.subject().subject())
                .containsExactly(seller(s.am1()));
        signIn.as(s.kam1());
        assertThat(budgets.lines(YEAR))
                .extracting(line -> line.subject().subject())
                .containsExactly(
                        seller(s.kam1()),
                        new BudgetSubject(BudgetKind.KEY_CUSTOMER, s.k1().getId()));
        signIn.as(s.lead1());
        assertThat(budgets.lines(YEAR))
                .extracting(line -> line.subject().name())
                .containsExactlyInAnyOrder(
                        s.am1().getFullName(),
                        s.am2().getFullName(),
                        s.kam1().getFullName(),
                        s.lead1().getFullName(),
                        s.k1().getName());
        signIn.as(s.mgrB());
        assertThat(budgets.lines(YEAR))
                .extracting(line -> line.subject().name())
                .containsExactlyInAnyOrder(s.am4().getFullName(), "Vest");
        signIn.as(s.am3());
        assertThatThrownBy(() -> budgets.sheet(seller(s.am1()), YEAR))
                .isInstanceOf(NotFoundException.class);
        signIn.as(s.mgrB());
        assertThatThrownBy(() -> budgets.saveDraft(seller(s.am1()), YEAR, -1, months(1, 1)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void meeting_bookers_see_no_budgets() {
        signIn.as(s.booker());
        assertThatThrownBy(() -> budgets.lines(YEAR)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void phasing_like_last_year_follows_last_years_revenue_and_adds_up() {
        signIn.as(s.lead1());
        List<MonthTarget> even =
                budgets.phase(
                        seller(s.am1()),
                        YEAR,
                        new BigDecimal("1000"),
                        BigDecimal.ZERO,
                        Phasing.LAST_YEAR);
        // am1 had no revenue in 2025: an even spread, the rounding left in December.
        assertThat(even)
                .extracting(MonthTarget::portfolio)
                .first()
                .satisfies(p -> assertThat(p).isEqualByComparingTo("83"));
        assertThat(even.get(11).portfolio()).isEqualByComparingTo("87");
        assertThat(
                        even.stream()
                                .map(MonthTarget::portfolio)
                                .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1000");
    }

    @Test
    void in_november_the_phasing_follows_the_last_twelve_loaded_months_and_ignores_the_open_one() {
        clock.set(LocalDate.of(2026, 11, 15));
        testOrganisation.revenueLoadedThrough(YearMonth.of(2026, 10));
        for (YearMonth month = YearMonth.of(2025, 11);
                !month.isAfter(YearMonth.of(2026, 10));
                month = month.plusMonths(1)) {
            em.persist(
                    new RevenueEntry(
                            s.c2(),
                            month,
                            new BigDecimal(month.getMonthValue() == 12 ? "300" : "100")));
        }
        em.persist(
                new RevenueEntry(
                        s.c2(),
                        YearMonth.of(2026, 11),
                        new BigDecimal("1"))); // November, still being invoiced
        em.flush();
        signIn.as(s.lead1());
        List<MonthTarget> phased =
                budgets.phase(
                        seller(s.am1()),
                        2027,
                        new BigDecimal("1400"),
                        new BigDecimal("140"),
                        Phasing.LAST_YEAR);
        assertThat(phased)
                .extracting(m -> m.portfolio().intValue())
                .containsExactly(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 300);
        assertThat(phased)
                .extracting(m -> m.newSales().intValue())
                .containsExactly(10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 30);
    }

    @Test
    void once_last_year_is_loaded_through_december_its_months_are_the_basis() {
        clock.set(LocalDate.of(2027, 2, 10));
        testOrganisation.revenueLoadedThrough(YearMonth.of(2027, 1));
        em.persist(new RevenueEntry(s.c2(), YearMonth.of(2026, 1), new BigDecimal("300")));
        em.persist(new RevenueEntry(s.c2(), YearMonth.of(2026, 7), new BigDecimal("100")));
        em.persist(new RevenueEntry(s.c2(), YearMonth.of(2027, 1), new BigDecimal("5000")));
        em.flush();
        signIn.as(s.lead1());
        List<MonthTarget> phased =
                budgets.phase(
                        seller(s.am1()),
                        2027,
                        new BigDecimal("400"),
                        BigDecimal.ZERO,
                        Phasing.LAST_YEAR);
        assertThat(phased.get(0).portfolio()).isEqualByComparingTo("300");
        assertThat(phased.get(6).portfolio()).isEqualByComparingTo("100");
        assertThat(phased.get(11).portfolio()).isEqualByComparingTo("0");
    }

    @ParameterizedTest(name = "on {0} budgets open on {1}")
    @CsvSource({
        "2026-01-01T00:00, 2026",
        "2026-10-31T23:59, 2026",
        "2026-11-01T00:00, 2027",
        "2026-12-31T23:59, 2027",
        "2027-01-01T00:00, 2027",
        "2028-02-29T12:00, 2028"
    })
    void in_november_and_december_budgets_open_on_next_year(String at, int year) {
        clock.set(LocalDateTime.parse(at));
        signIn.as(s.lead1());
        assertThat(budgets.budgetYear()).isEqualTo(year);
    }
}
