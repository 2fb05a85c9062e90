package no.kundeloft.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

class DealServiceTest extends ScenarioTest {

    private static final YearMonth THIS_MONTH = YearMonth.from(TestClock.TODAY);

    @Autowired DealService deals;
    @Autowired DealStageRepository stages;
    @Autowired EntityManager em;

    DealForm form(Customer customer, long yearly) {
        DealForm form = new DealForm();
        form.setCustomerId(customer.getId());
        form.setOwnerId(customer.getOwner().getId());
        form.setTitle("Skyplattform");
        form.setKind(DealKind.usualFor(customer.getStatus()));
        form.setYearlyValue(BigDecimal.valueOf(yearly));
        form.setProbability(10);
        form.setCloseMonth(THIS_MONTH.plusMonths(2));
        return form;
    }

    Long stage(String code) {
        return stages.findByCode(code).orElseThrow().getId();
    }

    @Test
    void a_seller_opens_a_deal_at_a_prospect_in_the_first_stage_with_its_probability() {
        s.c2().setStatus(CustomerStatus.PROSPECT);
        signIn.as(s.am1());
        DealForm defaults = deals.newDeal(s.c2().getId());
        assertThat(defaults.getKind()).isEqualTo(DealKind.NEW_CUSTOMER);
        assertThat(defaults.getOwnerId()).isEqualTo(s.am1().getId());
        assertThat(defaults.getCloseMonth()).isEqualTo(THIS_MONTH.plusMonths(3));
        defaults.setTitle("Driftsavtale");
        defaults.setYearlyValue(BigDecimal.valueOf(240_000));

        DealDetails deal = deals.create(defaults);

        assertThat(deal.stage().code()).isEqualTo("QUALIFIED");
        assertThat(deal.probability()).isEqualTo(10);
        assertThat(deal.openedOn()).isEqualTo(TestClock.TODAY);
        assertThat(deals.forCustomer(s.c2().getId()))
                .extracting(DealRow::title)
                .containsExactly("Driftsavtale");
    }

    @Test
    void bad_values_are_refused_and_nothing_is_saved() {
        signIn.as(s.am1());
        DealForm negative = form(s.c1(), -5);
        assertThatThrownBy(() -> deals.create(negative))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("yearlyValue");
        DealForm blank = form(s.c1(), 100);
        blank.setTitle(" ");
        assertThatThrownBy(() -> deals.create(blank))
                .isInstanceOf(ConstraintViolationException.class);
        DealForm early = form(s.c1(), 100);
        early.setCloseMonth(THIS_MONTH.minusMonths(1));
        assertThatThrownBy(() -> deals.create(early))
                .isInstanceOf(DealRefusedException.class)
                .hasMessageContaining("deal.refused.closeBeforeOpened");
        DealForm noStage = form(s.c1(), 100);
        noStage.setStageId(987_654L);
        assertThatThrownBy(() -> deals.create(noStage)).hasMessageContaining("deal.refused.stage");
        s.c2().setStatus(CustomerStatus.PROSPECT);
        DealForm growth = form(s.c2(), 100);
        growth.setKind(DealKind.GROWTH);
        assertThatThrownBy(() -> deals.create(growth))
                .hasMessageContaining("deal.refused.growthAtProspect");
        assertThat(deals.count(DealFilter.open().withClosed(Boolean.FALSE))).isZero();
    }

    @Test
    void a_deal_is_owned_by_the_customers_owner_or_a_seller_of_that_team_in_the_users_scope() {
        signIn.as(s.lead1());
        assertThat(deals.ownerChoices(s.c1().getId()))
                .extracting(o -> o.fullName())
                .containsExactly("am1 Testesen", "am2 Testesen", "kam1 Testesen", "lead1 Testesen");
        DealForm toColleague = form(s.c1(), 100);
        toColleague.setOwnerId(s.am2().getId());
        assertThat(deals.create(toColleague).ownerName()).isEqualTo("am2 Testesen");
        DealForm outside = form(s.c1(), 100);
        outside.setOwnerId(s.am3().getId());
        assertThatThrownBy(() -> deals.create(outside)).hasMessageContaining("deal.refused.owner");

        signIn.as(s.am1());
        DealForm colleague = form(s.c1(), 100);
        colleague.setOwnerId(s.am2().getId());
        assertThatThrownBy(() -> deals.create(colleague))
                .hasMessageContaining("deal.refused.owner");
    }

    @Test
    void winning_a_new_customer_deal_makes_the_prospect_a_customer_won_today() {
        s.c2().setStatus(CustomerStatus.PROSPECT);
        s.c2().setCustomerSince(null);
        signIn.as(s.am1());
        DealDetails deal = deals.create(form(s.c2(), 120_000));
        DealDetails proposal = deals.move(deal.id(), deal.version(), stage("PROPOSAL"), null);
        assertThat(proposal.probability()).isEqualTo(50);

        assertThatThrownBy(() -> deals.move(deal.id(), proposal.version(), stage("WON"), " "))
                .hasMessageContaining("deal.refused.reason");
        DealDetails won = deals.move(deal.id(), proposal.version(), stage("WON"), "Best offer");

        assertThat(won.probability()).isEqualTo(100);
        assertThat(won.closedOn()).isEqualTo(TestClock.TODAY);
        assertThat(won.closeMonth()).isEqualTo(THIS_MONTH);
        assertThat(won.closeReason()).isEqualTo("Best offer");
        em.refresh(s.c2());
        assertThat(s.c2().getStatus()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(s.c2().getCustomerSince()).isEqualTo(TestClock.TODAY);
    }

    @Test
    void a_growth_deal_won_leaves_the_customer_as_it_was() {
        signIn.as(s.am1());
        DealDetails deal = deals.create(form(s.c1(), 120_000));
        deals.move(deal.id(), deal.version(), stage("WON"), "More users");
        em.refresh(s.c1());
        assertThat(s.c1().getCustomerSince()).isEqualTo(java.time.LocalDate.of(2020, 1, 1));
    }

    @Test
    void a_change_over_someone_elses_is_refused() {
        signIn.as(s.am1());
        DealDetails deal = deals.create(form(s.c1(), 120_000));
        DealForm mine = DealForm.of(deal);
        deals.move(deal.id(), deal.version(), stage("PROPOSAL"), null);
        em.flush();
        mine.setTitle("Changed from an old form");
        assertThatThrownBy(() -> deals.update(deal.id(), mine))
                .hasMessageContaining("deal.refused.changed");
        assertThatThrownBy(() -> deals.move(deal.id(), deal.version(), stage("NEGOTIATION"), null))
                .hasMessageContaining("deal.refused.changed");
        assertThat(deals.get(deal.id()).title()).isEqualTo("Skyplattform");
    }

    @Test
    void moving_the_close_month_later_counts_as_a_slip() {
        signIn.as(s.am1());
        DealDetails deal = deals.create(form(s.c1(), 120_000));
        DealForm later = DealForm.of(deal);
        later.setCloseMonth(THIS_MONTH.plusMonths(4));
        DealDetails slipped = deals.update(deal.id(), later);
        DealForm earlier = DealForm.of(slipped);
        earlier.setCloseMonth(THIS_MONTH.plusMonths(1));
        assertThat(deals.update(deal.id(), earlier).closeMonthSlips()).isEqualTo(1);
    }

    @Test
    void each_role_sees_the_deals_of_its_scope_only() {
        signIn.as(s.admin());
        Long atC1 = deals.create(form(s.c1(), 100_000)).id();
        Long atC3 = deals.create(form(s.c3(), 200_000)).id();
        Long atC4 = deals.create(form(s.c4(), 300_000)).id();
        Long atC5 = deals.create(form(s.c5(), 400_000)).id();

        signIn.as(s.am1());
        assertThat(ids()).containsExactly(atC1);
        assertThatThrownBy(() -> deals.get(atC3)).isInstanceOf(NotFoundException.class);
        signIn.as(s.lead1());
        assertThat(ids()).containsExactlyInAnyOrder(atC1, atC3);
        signIn.as(s.mgrA());
        assertThat(ids()).containsExactlyInAnyOrder(atC1, atC3, atC4);
        assertThatThrownBy(() -> deals.get(atC5)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deals.move(atC5, 0, stage("PROPOSAL"), null))
                .isInstanceOf(NotFoundException.class);
        signIn.as(s.am4());
        assertThatThrownBy(() -> deals.get(atC1)).isInstanceOf(NotFoundException.class);
        signIn.as(s.dir1());
        assertThat(ids()).containsExactlyInAnyOrder(atC1, atC3, atC4, atC5);
        assertThatThrownBy(() -> deals.move(atC1, 0, stage("PROPOSAL"), null))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(s.booker());
        assertThatThrownBy(() -> deals.count(DealFilter.open()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_board_sums_each_open_stage_in_sql() {
        signIn.as(s.am1());
        DealDetails first = deals.create(form(s.c1(), 100_000));
        DealForm second = form(s.c2(), 300_000);
        second.setOneOffValue(BigDecimal.valueOf(20_000));
        second.setStageId(stage("PROPOSAL"));
        second.setProbability(40);
        deals.create(second);

        List<StageColumn> board = deals.board(DealFilter.open());

        assertThat(board)
                .extracting(c -> c.stage().code())
                .containsExactly("QUALIFIED", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION");
        assertThat(board.get(0).count()).isEqualTo(1);
        assertThat(board.get(0).weightedValue()).isEqualByComparingTo("10000");
        assertThat(board.get(2).value()).isEqualByComparingTo("320000");
        assertThat(board.get(2).weightedValue()).isEqualByComparingTo("128000");
        assertThat(board.get(0).deals()).extracting(DealRow::id).containsExactly(first.id());
    }

    @Test
    void a_deal_without_changes_for_thirty_days_is_stuck() {
        signIn.as(s.am1());
        DealDetails deal = deals.create(form(s.c1(), 100_000));
        em.flush();
        assertThat(deals.count(DealFilter.open().withStuck(true))).isZero();
        em.find(Deal.class, deal.id())
                .backdate(
                        TestClock.TODAY.minusDays(60),
                        TestClock.TODAY.minusDays(60),
                        TestClock.NOW.minus(java.time.Duration.ofDays(31)),
                        0);
        em.flush();
        assertThat(deals.list(DealFilter.open().withStuck(true), 0, 10, Sort.unsorted()))
                .singleElement()
                .satisfies(
                        row -> {
                            assertThat(row.stuck()).isTrue();
                            assertThat(row.daysInStage()).isEqualTo(60);
                        });
    }

    @Test
    void
            the_managers_review_lists_stuck_late_and_slipping_deals_of_the_department_and_nothing_outside_it() {
        signIn.as(s.admin());
        DealDetails stuckHere = deals.create(form(s.c1(), 100_000));
        DealDetails lateHere = deals.create(form(s.c4(), 200_000));
        DealDetails slippedHere = deals.create(form(s.c3(), 300_000));
        DealDetails elsewhere = deals.create(form(s.c5(), 900_000));
        for (DealDetails deal : List.of(stuckHere, elsewhere)) {
            em.find(Deal.class, deal.id())
                    .backdate(
                            TestClock.TODAY.minusDays(50),
                            TestClock.TODAY.minusDays(50),
                            TestClock.NOW.minus(java.time.Duration.ofDays(40)),
                            0);
        }
        for (DealDetails deal : List.of(slippedHere, elsewhere)) {
            DealForm later = DealForm.of(deals.get(deal.id()));
            later.setCloseMonth(THIS_MONTH.plusMonths(5));
            deals.update(deal.id(), later);
        }
        em.flush();
        em.createQuery("update Deal d set d.closeMonth = :past where d.id in :ids")
                .setParameter("past", THIS_MONTH.minusMonths(1))
                .setParameter("ids", List.of(lateHere.id(), elsewhere.id()))
                .executeUpdate();
        Deal won = em.find(Deal.class, deals.create(form(s.c1(), 50_000)).id());
        em.flush();
        deals.move(won.getId(), won.getVersion(), stage("WON"), "Good fit");
        em.flush();
        em.clear();

        signIn.as(s.mgrA());
        PipelineReview review = deals.review();

        assertThat(review.stuck()).extracting(DealRow::id).containsExactly(stuckHere.id());
        assertThat(review.late()).extracting(DealRow::id).containsExactly(lateHere.id());
        assertThat(review.slipped()).extracting(DealRow::id).containsExactly(slippedHere.id());
        assertThat(review.slipped().getFirst().closeMonthSlips()).isEqualTo(1);
        assertThat(review.biggest())
                .extracting(DealRow::id)
                .doesNotContain(elsewhere.id())
                .first()
                .isEqualTo(slippedHere.id());
        assertThat(review.sellers())
                .extracting(SellerPipeline::ownerName)
                .containsExactly("am1 Testesen", "am2 Testesen", "am3 Testesen");
        SellerPipeline am1 = review.sellers().getFirst();
        assertThat(am1.open()).isEqualTo(1);
        assertThat(am1.won()).isEqualTo(1);
        assertThat(am1.winRatePercent()).isEqualByComparingTo("100");
        assertThat(am1.averageWonValue()).isEqualByComparingTo("50000");
        assertThat(am1.averageDaysToWin()).isZero();
        assertThat(review.toString()).doesNotContain("am4", "Bergen Rør");

        signIn.as(s.am4());
        assertThatThrownBy(() -> deals.get(stuckHere.id())).isInstanceOf(NotFoundException.class);
        signIn.as(s.am1());
        assertThatThrownBy(() -> deals.review()).isInstanceOf(AccessDeniedException.class);
    }

    private List<Long> ids() {
        return deals.list(DealFilter.open(), 0, 100, Sort.by("value")).stream()
                .map(DealRow::id)
                .toList();
    }
}
