package no.kundeloft.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.YearMonth;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.pipeline.DealDetails;
import no.kundeloft.pipeline.DealFilter;
import no.kundeloft.pipeline.DealForm;
import no.kundeloft.pipeline.DealRow;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.pipeline.StageOption;
import no.kundeloft.revenue.RevenueEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerDealsSectionTest extends KaribuTest {

    @Autowired DealService deals;
    @Autowired EntityManager em;

    private void openCustomer(Long id) {
        UI.getCurrent().navigate("customers/" + id);
    }

    @Test
    void a_seller_opens_a_deal_from_the_customer_page_and_wins_it_there() {
        s.c2().setStatus(CustomerStatus.PROSPECT);
        s.c2().setCustomerSince(null);
        em.flush();
        login(s.am1());
        openCustomer(s.c2().getId());
        assertThat(
                        _get(Div.class, spec -> spec.withId("customer-deals"))
                                .getElement()
                                .getTextRecursively())
                .contains("No deals with this customer yet.");

        _click(_get(Button.class, spec -> spec.withId("customer-new-deal")));
        _get(TextField.class, spec -> spec.withId("deal-title")).setValue("Driftsavtale");
        _get(BigDecimalField.class, spec -> spec.withId("deal-yearly"))
                .setValue(new BigDecimal("-1"));
        _click(_get(Button.class, spec -> spec.withId("deal-save")));
        assertThat(
                        _get(BigDecimalField.class, spec -> spec.withId("deal-yearly"))
                                .getErrorMessage())
                .isEqualTo("A value cannot be negative");
        _get(BigDecimalField.class, spec -> spec.withId("deal-yearly"))
                .setValue(new BigDecimal("240000"));
        _click(_get(Button.class, spec -> spec.withId("deal-save")));

        DealRow saved =
                deals.list(
                                DealFilter.open(),
                                0,
                                10,
                                org.springframework.data.domain.Sort.unsorted())
                        .getFirst();
        assertThat(saved.title()).isEqualTo("Driftsavtale");
        assertThat(saved.ownerName()).isEqualTo("am1 Testesen");
        assertThat(_find(ListItem.class, spec -> spec.withText("Driftsavtale"))).isEmpty();
        assertThat(
                        _get(Div.class, spec -> spec.withId("customer-deals"))
                                .getElement()
                                .getTextRecursively())
                .contains("Driftsavtale", "Qualified", "NOK\u00a0240,000 · 10 %");

        _click(
                _get(
                        ListItem.class,
                        spec ->
                                spec.withPredicate(
                                        item ->
                                                String.valueOf(saved.id())
                                                        .equals(
                                                                item.getElement()
                                                                        .getAttribute(
                                                                                "data-deal")))));
        @SuppressWarnings("unchecked")
        Select<StageOption> stage = _get(Select.class, spec -> spec.withId("deal-stage"));
        stage.setValue(
                stage.getListDataView()
                        .getItems()
                        .filter(s -> "WON".equals(s.code()))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("deal-save")));
        assertThat(_get(TextArea.class, spec -> spec.withId("deal-reason")).getErrorMessage())
                .isEqualTo("Say why the deal was won or lost");
        _get(TextArea.class, spec -> spec.withId("deal-reason")).setValue("Fastest delivery");
        _click(_get(Button.class, spec -> spec.withId("deal-save")));

        assertThat(deals.get(saved.id()).stage().code()).isEqualTo("WON");
        assertThat(_get(Span.class, spec -> spec.withClasses("badge status-active")).getText())
                .isEqualTo("Active");
        assertThat(
                        _find(Div.class, spec -> spec.withClasses("facts"))
                                .getFirst()
                                .getElement()
                                .getTextRecursively())
                .as("customer since, in the details")
                .contains(
                        no.kundeloft.base.Formats.date(TestClock.TODAY, java.util.Locale.ENGLISH));
        assertThat(_find(Div.class, spec -> spec.withId("customer-deals")))
                .as("the page drawn once")
                .hasSize(1);
    }

    @Test
    void a_probability_typed_for_the_deal_is_kept() {
        login(s.am1());
        openCustomer(s.c1().getId());
        _click(_get(Button.class, spec -> spec.withId("customer-new-deal")));
        _get(TextField.class, spec -> spec.withId("deal-title")).setValue("Flere brukere");
        _get(BigDecimalField.class, spec -> spec.withId("deal-yearly"))
                .setValue(new BigDecimal("50000"));
        _get(IntegerField.class, spec -> spec.withId("deal-probability")).setValue(35);
        _click(_get(Button.class, spec -> spec.withId("deal-save")));
        assertThat(deals.forCustomer(s.c1().getId()))
                .singleElement()
                .extracting(DealRow::probability)
                .isEqualTo(35);
    }

    @Test
    void a_won_deal_stands_against_the_revenue_invoiced_since() {
        login(s.am1());
        DealForm form = deals.newDeal(s.c1().getId());
        form.setTitle("Flere brukere");
        form.setYearlyValue(new BigDecimal("120000"));
        DealDetails deal = deals.create(form);
        deals.move(
                deal.id(),
                deal.version(),
                deals.stages().stream()
                        .filter(st -> "WON".equals(st.code()))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                "More users");
        em.flush();
        openCustomer(s.c1().getId());
        assertThat(_get(Span.class, spec -> spec.withClasses("deal-list-since")).getText())
                .isEqualTo("No month since it was won is loaded yet.");

        // won in February; March to May are loaded (the test clock stands in June)
        em.createQuery("update Deal d set d.closeMonth = :february where d.id = :id")
                .setParameter("february", YearMonth.of(2026, 2))
                .setParameter("id", deal.id())
                .executeUpdate();
        for (int month = 2; month <= 5; month++) {
            em.persist(
                    new RevenueEntry(s.c1(), YearMonth.of(2026, month), new BigDecimal("11000")));
        }
        em.flush();
        em.clear();
        openCustomer(s.c1().getId());
        assertThat(_get(Span.class, spec -> spec.withClasses("deal-list-since")).getText())
                .isEqualTo(
                        "Invoiced in the 3 months since: NOK\u00a033,000 (the deal: NOK\u00a030,000)");
    }

    @Test
    void a_meeting_booker_sees_no_deals() {
        login(s.booker());
        openCustomer(s.c1().getId());
        assertThat(_find(Div.class, spec -> spec.withId("customer-deals"))).isEmpty();
    }
}
