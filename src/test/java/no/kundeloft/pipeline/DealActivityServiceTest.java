package no.kundeloft.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.customer.ActivityService;
import no.kundeloft.customer.CallForm;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.PortfolioService;
import no.kundeloft.visit.VisitForm;
import no.kundeloft.visit.VisitMode;
import no.kundeloft.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/**
 * A deal is stuck when neither it nor its owner's calls, notes and visits at its customer moved for
 * 30 days.
 */
class DealActivityServiceTest extends ScenarioTest {

    @Autowired DealService deals;
    @Autowired ActivityService activities;
    @Autowired VisitService visits;
    @Autowired EntityManager em;
    @Autowired PortfolioService portfolio;

    private Long quietDeal(Customer customer) {
        DealForm form = deals.newDeal(customer.getId());
        form.setTitle("Skyplattform");
        form.setYearlyValue(BigDecimal.valueOf(100_000));
        Long id = deals.create(form).id();
        em.flush();
        em.find(Deal.class, id)
                .backdate(
                        TestClock.TODAY.minusDays(60),
                        TestClock.TODAY.minusDays(60),
                        TestClock.NOW.minus(Duration.ofDays(40)),
                        0);
        em.flush();
        em.clear();
        return id;
    }

    private List<Long> stuck() {
        return deals.list(DealFilter.open().withStuck(true), 0, 10, Sort.unsorted()).stream()
                .map(DealRow::id)
                .toList();
    }

    @Test
    void a_call_the_owner_logs_at_the_customer_moves_the_deal_and_a_leaders_call_does_not() {
        signIn.as(s.am1());
        Long deal = quietDeal(s.c1());
        long version = deals.get(deal).version();
        signIn.as(s.lead1());
        activities.logCall(
                s.c1().getId(),
                new CallForm(
                        null,
                        CallOutcome.REACHED,
                        5,
                        "Checked in with the buyer",
                        null,
                        null,
                        null,
                        null));
        assertThat(stuck()).containsExactly(deal);

        signIn.as(s.am1());
        activities.logCall(
                s.c1().getId(),
                new CallForm(
                        null,
                        CallOutcome.REACHED,
                        5,
                        "Agreed the next meeting",
                        null,
                        null,
                        null,
                        null));
        em.clear();
        assertThat(stuck()).isEmpty();
        assertThat(deals.get(deal).version())
                .as("a deal open in a dialog is not reported as changed")
                .isEqualTo(version);
    }

    @Test
    void a_reassigned_customers_new_owner_takes_over_the_previous_owners_open_deals_there() {
        signIn.as(s.am1());
        Long open = quietDeal(s.c1());
        DealForm form = deals.newDeal(s.c1().getId());
        form.setTitle("Won earlier");
        form.setYearlyValue(BigDecimal.TEN);
        DealDetails won = deals.create(form);
        deals.move(
                won.id(),
                won.version(),
                deals.stages().stream()
                        .filter(st -> "WON".equals(st.code()))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                "Good fit");
        signIn.as(s.lead1());
        portfolio.reassign(List.of(s.c1().getId()), s.am2().getId());
        em.flush();
        em.clear();

        assertThat(deals.get(open).ownerName()).isEqualTo("am2 Testesen");
        assertThat(deals.get(won.id()).ownerName())
                .as("a closed deal stays with who closed it")
                .isEqualTo("am1 Testesen");
        signIn.as(s.am2());
        assertThat(stuck()).containsExactly(open);
    }

    @Test
    void a_visit_the_owner_plans_at_the_customer_moves_the_deal() {
        signIn.as(s.am1());
        Long deal = quietDeal(s.c2());
        VisitForm form = new VisitForm();
        form.setCustomerId(s.c2().getId());
        form.setHostId(s.am1().getId());
        form.setStart(TestClock.DEFAULT.plusDays(3));
        form.setMode(VisitMode.PHONE);
        form.setPurpose("Proposal walk-through");
        visits.plan(form);
        em.clear();
        assertThat(stuck()).doesNotContain(deal);
    }
}
