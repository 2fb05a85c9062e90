package no.kundeloft.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.math.BigDecimal;
import java.time.YearMonth;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.customer.Customer;
import no.kundeloft.pipeline.DealForm;
import no.kundeloft.pipeline.DealKind;
import no.kundeloft.pipeline.DealRow;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.pipeline.SellerPipeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PipelineReviewViewTest extends KaribuTest {

    @Autowired DealService deals;

    private void deal(Customer customer, long yearly) {
        DealForm form = new DealForm();
        form.setCustomerId(customer.getId());
        form.setOwnerId(customer.getOwner().getId());
        form.setTitle("Deal at " + customer.getName());
        form.setKind(DealKind.GROWTH);
        form.setYearlyValue(BigDecimal.valueOf(yearly));
        form.setProbability(10);
        form.setCloseMonth(YearMonth.from(TestClock.TODAY).plusMonths(1));
        deals.create(form);
    }

    @Test
    void a_team_leader_reviews_the_teams_deals_from_the_pipeline() {
        login(s.admin());
        deal(s.c1(), 100_000);
        deal(s.c3(), 300_000);
        deal(s.c4(), 900_000);
        login(s.lead1());
        UI.getCurrent().navigate("pipeline");
        assertThat(_get(Anchor.class, spec -> spec.withId("pipeline-review")).getHref())
                .isEqualTo("pipeline/review");

        UI.getCurrent().navigate("pipeline/review");
        @SuppressWarnings("unchecked")
        Grid<DealRow> biggest = _get(Grid.class, spec -> spec.withId("review-biggest-grid"));
        assertThat(GridKt._size(biggest)).isEqualTo(2);
        assertThat(GridKt._get(biggest, 0).customerName()).isEqualTo("Tinde Elektro AS");
        @SuppressWarnings("unchecked")
        Grid<DealRow> stuck = _get(Grid.class, spec -> spec.withId("review-stuck-grid"));
        assertThat(GridKt._size(stuck)).isZero();
        @SuppressWarnings("unchecked")
        Grid<SellerPipeline> sellers = _get(Grid.class, spec -> spec.withId("review-sellers-grid"));
        assertThat(GridKt._size(sellers)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(sellers, 1))
                .containsExactly("am2 Testesen", "1", "NOK\u00a030,000", "0 / 0", "–", "–", "–");
    }

    @Test
    void sellers_have_no_review() {
        login(s.am1());
        UI.getCurrent().navigate("pipeline");
        assertThat(_find(Anchor.class, spec -> spec.withId("pipeline-review"))).isEmpty();
        assertThatThrownBy(() -> UI.getCurrent().navigate("pipeline/review"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
