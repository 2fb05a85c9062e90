package no.kundeloft.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.pipeline.DealDetails;
import no.kundeloft.pipeline.DealForm;
import no.kundeloft.pipeline.DealKind;
import no.kundeloft.pipeline.DealRow;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.plan.Offering;
import no.kundeloft.plan.PlanService;
import no.kundeloft.plan.WhitespaceState;
import no.kundeloft.visit.FollowUpForm;
import no.kundeloft.visit.VisitDetails;
import no.kundeloft.visit.VisitForm;
import no.kundeloft.visit.VisitItem;
import no.kundeloft.visit.VisitMode;
import no.kundeloft.visit.VisitOutcome;
import no.kundeloft.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deals opened from a visit report and from an account plan's whitespace, and shown beside visits
 * to join.
 */
class DealsWhereSellersWorkTest extends KaribuTest {

    private static final LocalDateTime AT =
            TestClock.DEFAULT.plusDays(20).truncatedTo(ChronoUnit.DAYS).withHour(10);

    @Autowired DealService deals;
    @Autowired VisitService visits;
    @Autowired PlanService plans;
    @Autowired TestClock clock;
    @Autowired EntityManager em;

    private VisitDetails visitAtC1() {
        VisitForm form = new VisitForm();
        form.setCustomerId(s.c1().getId());
        form.setHostId(s.am1().getId());
        form.setStart(AT);
        form.setMode(VisitMode.ON_SITE);
        form.setPurpose("Cloud platform");
        return visits.plan(form);
    }

    @Test
    void a_deal_from_a_visit_report_takes_its_purpose_and_first_open_next_step() {
        login(s.am1());
        VisitDetails visit = visitAtC1();
        clock.set(AT.plusHours(2));
        visits.report(
                visit.item().id(),
                visit.version(),
                "They want a proposal",
                VisitOutcome.POSITIVE,
                List.of(
                        new FollowUpForm(
                                "Send the proposal",
                                s.am1().getId(),
                                AT.toLocalDate().plusDays(3))));
        UI.getCurrent().navigate("visits/" + visit.item().id());

        _click(_get(Button.class, spec -> spec.withId("visit-new-deal")));
        assertThat(_get(TextField.class, spec -> spec.withId("deal-title")).getValue())
                .isEqualTo("Cloud platform");
        assertThat(_get(TextField.class, spec -> spec.withId("deal-next-step")).getValue())
                .isEqualTo("Send the proposal");
        _get(BigDecimalField.class, spec -> spec.withId("deal-yearly"))
                .setValue(new BigDecimal("400000"));
        _click(_get(Button.class, spec -> spec.withId("deal-save")));

        assertThat(deals.forCustomer(s.c1().getId()))
                .singleElement()
                .satisfies(
                        deal -> {
                            assertThat(deal.title()).isEqualTo("Cloud platform");
                            assertThat(deal.nextStepDue()).isEqualTo(AT.toLocalDate().plusDays(3));
                        });
    }

    @Test
    void an_opportunity_in_the_whitespace_becomes_a_deal_and_the_cell_shows_its_stage() {
        Offering cloud = new Offering("Cloud");
        em.persist(cloud);
        em.flush();
        login(s.kam1());
        plans.setWhitespace(
                s.k1().getId(),
                plans.currentYear(),
                cloud.getId(),
                WhitespaceState.OPPORTUNITY,
                new BigDecimal("750000"));
        UI.getCurrent().navigate("customers/" + s.k1().getId() + "/plan");

        _click(dealButton());
        assertThat(_get(TextField.class, spec -> spec.withId("deal-title")).getValue())
                .isEqualTo("Cloud");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("deal-yearly")).getValue())
                .isEqualByComparingTo("750000");
        _click(_get(Button.class, spec -> spec.withId("deal-save")));

        assertThat(dealButton().getId()).contains("whitespace-deal-" + cloud.getId());
        assertThat(dealButton().getText()).isEqualTo("Cloud · Qualified");
        assertThat(GridKt._size(whitespace())).isEqualTo(1);
        DealRow deal = deals.forCustomer(s.k1().getId()).getFirst();
        assertThat(deal.kind()).isEqualTo(DealKind.GROWTH);
        assertThat(deal.offeringId()).isEqualTo(cloud.getId());
    }

    /** The deal column's button of the first offering: its deal, or one to open a deal. */
    private static Button dealButton() {
        return (Button)
                GridKt._getCellComponent(whitespace(), 0, "deal")
                        .getChildren()
                        .findFirst()
                        .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> whitespace() {
        return _get(Grid.class, spec -> spec.withId("plan-whitespace-grid"));
    }

    @Test
    void
            the_director_sees_the_open_deals_beside_the_visits_to_join_and_the_biggest_at_key_customers() {
        login(s.am1());
        visitAtC1();
        DealForm form = deals.newDeal(s.c1().getId());
        form.setTitle("Cloud platform");
        form.setYearlyValue(new BigDecimal("120000"));
        deals.create(form);
        login(s.kam1());
        DealForm key = deals.newDeal(s.k1().getId());
        key.setTitle("Group-wide security");
        key.setYearlyValue(new BigDecimal("2000000"));
        DealDetails keyDeal = deals.create(key);

        login(s.dir1());
        UI.getCurrent().navigate("visits/open");
        @SuppressWarnings("unchecked")
        Grid<VisitItem> open = _get(Grid.class, spec -> spec.withId("open-visits"));
        assertThat(GridKt._getFormattedRow(open, 0)).contains("1 · NOK\u00a0120,000");
        assertThat(
                        _get(Div.class, spec -> spec.withId("open-key-deals"))
                                .getElement()
                                .getTextRecursively())
                .contains(keyDeal.title(), "Nordlys Konsern ASA")
                .doesNotContain("Cloud platform");
    }
}
