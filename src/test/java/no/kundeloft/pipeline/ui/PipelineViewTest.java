package no.kundeloft.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dnd.DragStartEvent;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import java.math.BigDecimal;
import java.time.YearMonth;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.customer.Customer;
import no.kundeloft.pipeline.DealDetails;
import no.kundeloft.pipeline.DealFilter;
import no.kundeloft.pipeline.DealForm;
import no.kundeloft.pipeline.DealKind;
import no.kundeloft.pipeline.DealRow;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.pipeline.StageOption;
import no.kundeloft.shell.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;

class PipelineViewTest extends KaribuTest {

    @Autowired DealService deals;

    private DealDetails deal(Customer customer, String title, String stageCode) {
        DealForm form = new DealForm();
        form.setCustomerId(customer.getId());
        form.setOwnerId(customer.getOwner().getId());
        form.setTitle(title);
        form.setKind(DealKind.GROWTH);
        form.setYearlyValue(BigDecimal.valueOf(120_000));
        StageOption stage = stage(stageCode);
        form.setStageId(stage.id());
        form.setProbability(stage.probability());
        form.setCloseMonth(YearMonth.from(TestClock.TODAY).plusMonths(2));
        return deals.create(form);
    }

    private StageOption stage(String code) {
        return deals.stages().stream().filter(s -> code.equals(s.code())).findFirst().orElseThrow();
    }

    private Div column(String code) {
        return _get(Div.class, spec -> spec.withId("stage-" + stage(code).id()));
    }

    private Div card(DealDetails deal) {
        return _get(
                Div.class,
                spec ->
                        spec.withClasses("deal-card")
                                .withPredicate(
                                        div ->
                                                String.valueOf(deal.id())
                                                        .equals(
                                                                div.getElement()
                                                                        .getAttribute(
                                                                                "data-deal"))));
    }

    private void drag(Div card, Div target) {
        ComponentUtil.fireEvent(card, new DragStartEvent<>(card, true));
        ComponentUtil.fireEvent(target, new DropEvent<>(target, true, "move"));
    }

    private String stageOf(DealDetails deal) {
        return deals.get(deal.id()).stage().code();
    }

    @Test
    void a_card_dragged_to_another_column_moves_the_deal_and_the_sums_follow() {
        login(s.am1());
        DealDetails deal = deal(s.c1(), "Skyplattform", "PROPOSAL");
        UI.getCurrent().navigate("pipeline");
        assertThat(
                        _get(
                                        Span.class,
                                        spec -> spec.withId("stage-sums-" + stage("PROPOSAL").id()))
                                .getText())
                .isEqualTo("1 · NOK\u00a0120,000 · weighted NOK\u00a060,000");

        drag(card(deal), column("NEGOTIATION"));

        assertThat(stageOf(deal)).isEqualTo("NEGOTIATION");
        assertThat(
                        _get(
                                        Span.class,
                                        spec ->
                                                spec.withId(
                                                        "stage-sums-" + stage("NEGOTIATION").id()))
                                .getText())
                .isEqualTo("1 · NOK\u00a0120,000 · weighted NOK\u00a090,000");
        assertThat(
                        _find(Div.class, spec -> spec.withClasses("deal-card"))
                                .getFirst()
                                .getParent()
                                .orElseThrow()
                                .getParent())
                .contains(column("NEGOTIATION"));
    }

    @Test
    void the_arrow_keys_move_a_focused_card_one_stage() {
        login(s.am1());
        DealDetails deal = deal(s.c1(), "Skyplattform", "PROPOSAL");
        UI.getCurrent().navigate("pipeline");

        press(card(deal), "ArrowRight");
        assertThat(stageOf(deal)).isEqualTo("NEGOTIATION");
        press(card(deal), "ArrowRight");
        assertThat(stageOf(deal))
                .as("the last open stage: Won needs a reason, given by dropping")
                .isEqualTo("NEGOTIATION");
        press(card(deal), "ArrowLeft");
        press(card(deal), "ArrowLeft");
        assertThat(stageOf(deal)).isEqualTo("NEEDS_ANALYSIS");
    }

    @Test
    void dropping_on_won_asks_why_and_moves_nothing_without_a_reason() {
        login(s.am1());
        DealDetails deal = deal(s.c1(), "Skyplattform", "NEGOTIATION");
        UI.getCurrent().navigate("pipeline");

        drag(card(deal), _get(Div.class, spec -> spec.withId("drop-won")));
        _click(_get(Button.class, spec -> spec.withId("close-deal-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("close-deal-reason")).isInvalid())
                .isTrue();
        assertThat(stageOf(deal)).isEqualTo("NEGOTIATION");

        _get(TextArea.class, spec -> spec.withId("close-deal-reason"))
                .setValue("Best overall offer");
        _click(_get(Button.class, spec -> spec.withId("close-deal-confirm")));
        assertThat(stageOf(deal)).isEqualTo("WON");
        assertThat(deals.get(deal.id()).closeReason()).isEqualTo("Best overall offer");
        assertThat(_find(Div.class, spec -> spec.withClasses("deal-card"))).isEmpty();
    }

    @Test
    void the_list_is_filtered_from_the_address_and_shows_the_scope_only() {
        login(s.admin());
        deal(s.c1(), "At am1", "PROPOSAL");
        deal(s.c3(), "At am2", "QUALIFIED");
        deal(s.c4(), "Other team", "PROPOSAL");
        login(s.lead1());
        go("pipeline?view=list&stage=" + stage("PROPOSAL").id());

        assertThat(_get(Tabs.class).getSelectedIndex()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Grid<DealRow> grid = _get(Grid.class, spec -> spec.withId("deal-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).title()).isEqualTo("At am1");
        assertThat(_get(Span.class, spec -> spec.withId("pipeline-count")).getText())
                .isEqualTo("1 deal");

        _click(_get(Button.class, spec -> spec.withId("filter-clear")));
        assertThat(GridKt._size(grid)).isEqualTo(2);
    }

    @Test
    void a_new_deal_from_the_pipeline_asks_for_the_customer_and_names_what_is_missing() {
        login(s.am1());
        UI.getCurrent().navigate("pipeline");
        _click(_get(Button.class, spec -> spec.withId("new-deal")));
        _click(_get(Button.class, spec -> spec.withId("deal-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("deal-title")).getErrorMessage())
                .isEqualTo("Say what the deal is about");
        assertThat(deals.count(DealFilter.open())).isZero();
    }

    @Test
    void a_director_reads_the_board_but_moves_nothing_and_a_booker_may_not_open_it() {
        login(s.admin());
        DealDetails deal = deal(s.c1(), "Skyplattform", "PROPOSAL");
        login(s.dir1());
        UI.getCurrent().navigate("pipeline");
        assertThat(_find(Button.class, spec -> spec.withId("new-deal"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("drop-won"))).isEmpty();
        press(card(deal), "ArrowRight");
        assertThat(stageOf(deal)).isEqualTo("PROPOSAL");

        login(s.booker());
        assertThatThrownBy(() -> UI.getCurrent().navigate("pipeline"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void the_home_page_sets_the_weighted_pipeline_against_the_budget_still_to_reach() {
        login(s.am1());
        UI.getCurrent().navigate("");
        assertThat(_get(Span.class, spec -> spec.withId("coverage-portfolio-pipeline")).getText())
                .isEqualTo("NOK\u00a00");

        // closing in August at 50 %: 120 000 a year from September, 4 × 5 000
        deal(s.c1(), "Skyplattform", "PROPOSAL");
        UI.getCurrent().navigate("pipeline");
        UI.getCurrent().navigate("");
        assertThat(_get(Span.class, spec -> spec.withId("coverage-portfolio-pipeline")).getText())
                .isEqualTo("NOK\u00a020,000");
        assertThat(_get(Span.class, spec -> spec.withId("coverage-new-sales-pipeline")).getText())
                .isEqualTo("NOK\u00a00");
    }

    @Test
    void a_deal_opens_by_its_address_and_one_outside_the_scope_is_not_found() {
        login(s.admin());
        DealDetails deal = deal(s.c1(), "Skyplattform", "PROPOSAL");
        login(s.lead1());
        go("pipeline?deal=" + deal.id());
        assertThat(_get(TextField.class, spec -> spec.withId("deal-title")).getValue())
                .isEqualTo("Skyplattform");

        login(s.am4());
        go("pipeline?deal=" + deal.id());
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(NotFoundView.class);
        go("pipeline?deal=nonsense");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(NotFoundView.class);
    }

    /**
     * A key pressed on a card, as the browser reports it: the key and the listener's filter, which
     * it passed.
     */
    private static void press(Div card, String key) {
        ElementUtilsKt._fireDomEvent(
                card.getElement(),
                new DomEvent(
                        card.getElement(),
                        "keydown",
                        new ObjectMapper()
                                .createObjectNode()
                                .put("event.key", key)
                                .put(
                                        "['ArrowLeft','ArrowRight','Enter'].includes(event.key)",
                                        true)));
    }
}
