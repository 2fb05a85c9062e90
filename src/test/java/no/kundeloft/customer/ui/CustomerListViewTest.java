package no.kundeloft.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.ui.ColumnPicker;
import no.kundeloft.customer.CustomerListRow;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.customer.OwnerOption;
import org.junit.jupiter.api.Test;

class CustomerListViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired jakarta.persistence.EntityManager em;

    @org.springframework.beans.factory.annotation.Autowired
    no.kundeloft.visit.VisitService visitService;

    @SuppressWarnings("unchecked")
    private Grid<CustomerListRow> grid() {
        return _get(Grid.class);
    }

    private List<String> names() {
        Grid<CustomerListRow> grid = grid();
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i).item().name())
                .toList();
    }

    private String count() {
        return _get(Span.class, spec -> spec.withId("customer-count")).getText();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<OwnerOption> ownerFilter() {
        return _get(ComboBox.class, spec -> spec.withId("owner-filter"));
    }

    @SuppressWarnings("unchecked")
    private Select<CustomerTier> tierFilter() {
        return _get(Select.class, spec -> spec.withId("tier-filter"));
    }

    private void open(Map<String, String> parameters) {
        UI.getCurrent().navigate("customers", QueryParameters.simple(parameters));
    }

    @Test
    void an_account_managers_grid_holds_only_their_own_customers() {
        login(s.am1());
        UI.getCurrent().navigate("customers");
        assertThat(names()).containsExactly("Fjordkraft Bygg AS", "Havbris Transport AS");
        assertThat(count()).isEqualTo("2 customers");
    }

    @Test
    void the_columns_show_what_a_seller_needs_in_words() {
        login(s.am1());
        UI.getCurrent().navigate("customers");
        Grid<CustomerListRow> grid = grid();
        assertThat(GridKt._getFormatted(grid, 0, "orgNumber")).isEqualTo("923609016");
        assertThat(GridKt._getFormatted(grid, 0, "sector")).isEqualTo("Private");
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Active");
        assertThat(GridKt._getFormatted(grid, 0, "tier")).isEqualTo("Standard");
        assertThat(GridKt._getFormatted(grid, 0, "owner")).isEqualTo("am1 Testesen");
        assertThat(grid.getColumns())
                .filteredOn(
                        column ->
                                List.of("name", "orgNumber", "sector", "status", "tier", "owner")
                                        .contains(column.getKey()))
                .hasSize(6)
                .allSatisfy(column -> assertThat(column.isSortable()).isTrue());
    }

    @Test
    void revenue_this_year_and_the_same_months_last_year_show_for_sellers_but_not_for_bookers() {
        java.time.YearMonth lastMonth = java.time.YearMonth.from(TestClock.TODAY).minusMonths(1);
        em.persist(
                new no.kundeloft.revenue.RevenueEntry(
                        s.c1(), lastMonth, new java.math.BigDecimal("1200")));
        em.persist(
                new no.kundeloft.revenue.RevenueEntry(
                        s.c1(), lastMonth.minusYears(1), new java.math.BigDecimal("1000")));
        em.flush();
        login(s.am1());
        UI.getCurrent().navigate("customers");
        assertThat(GridKt._getFormatted(grid(), 0, "revenueYtd")).isEqualTo("NOK\u00a01,200");
        assertThat(GridKt._getFormatted(grid(), 0, "revenueLastYear")).isEqualTo("NOK\u00a01,000");
        assertThat(GridKt._getFormatted(grid(), 1, "revenueYtd")).isEmpty();
        login(s.booker());
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("customers");
        assertThat(grid().getColumnByKey("revenueYtd")).isNull();
    }

    @Test
    void an_account_manager_gets_no_owner_filter() {
        login(s.am1());
        UI.getCurrent().navigate("customers");
        assertThat(_find(ComboBox.class, spec -> spec.withId("owner-filter"))).isEmpty();
        assertThat(_find(ComboBox.class, spec -> spec.withId("industry-filter"))).hasSize(1);
    }

    @Test
    void a_team_leader_filters_by_owner() {
        login(s.lead1());
        UI.getCurrent().navigate("customers");
        assertThat(count()).isEqualTo("4 customers");
        ComboBox<OwnerOption> owner = ownerFilter();
        assertThat(owner.isVisible()).isTrue();
        owner.setValue(new OwnerOption(s.am2().getId(), "am2 Testesen"));
        assertThat(names()).containsExactly("Tinde Elektro AS");
    }

    @Test
    void a_team_leader_searches_the_team() {
        login(s.lead1());
        UI.getCurrent().navigate("customers");
        _get(TextField.class).setValue("elektro");
        assertThat(names()).containsExactly("Tinde Elektro AS");
        assertThat(count()).isEqualTo("1 customer");
    }

    @Test
    void filtering_by_tier_shows_key_customers_only() {
        login(s.lead1());
        UI.getCurrent().navigate("customers");
        tierFilter().setValue(CustomerTier.KEY);
        assertThat(names()).containsExactly("Nordlys Konsern ASA");
    }

    @Test
    void filters_and_sort_come_from_the_url() {
        login(s.lead1());
        open(Map.of("owner", s.am1().getId().toString(), "status", "ACTIVE", "sort", "-name"));
        assertThat(ownerFilter().getValue().fullName()).isEqualTo("am1 Testesen");
        @SuppressWarnings("unchecked")
        Select<CustomerStatus> status = _get(Select.class, spec -> spec.withId("status-filter"));
        assertThat(status.getValue()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(grid().getSortOrder())
                .singleElement()
                .satisfies(
                        order -> {
                            assertThat(order.getSorted().getKey()).isEqualTo("name");
                            assertThat(order.getDirection()).isEqualTo(SortDirection.DESCENDING);
                        });
        assertThat(names()).containsExactly("Havbris Transport AS", "Fjordkraft Bygg AS");
    }

    @Test
    void the_search_comes_from_the_url() {
        login(s.lead1());
        open(Map.of("q", "974"));
        assertThat(_get(TextField.class).getValue()).isEqualTo("974");
        assertThat(names()).containsExactly("Nordlys Konsern ASA");
    }

    @Test
    void nonsense_in_the_url_is_ignored() {
        login(s.lead1());
        open(Map.of("status", "SLEEPING", "owner", "abc", "sort", "password"));
        assertThat(count()).isEqualTo("4 customers");
    }

    @Test
    void clearing_the_filters_shows_everything_again() {
        login(s.lead1());
        open(Map.of("q", "elektro", "tier", "STANDARD"));
        assertThat(count()).isEqualTo("1 customer");
        _click(_get(Button.class, spec -> spec.withId("clear-filters")));
        assertThat(count()).isEqualTo("4 customers");
        assertThat(_get(TextField.class).getValue()).isEmpty();
        assertThat(tierFilter().getValue()).isNull();
    }

    @Test
    void a_search_without_matches_says_so() {
        login(s.am1());
        UI.getCurrent().navigate("customers");
        _get(TextField.class).setValue("Glomma");
        assertThat(GridKt._size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("No customers match.");
        assertThat(count()).isEqualTo("0 customers");
    }

    @Test
    void clicking_a_row_opens_the_customer() {
        login(s.am1());
        UI.getCurrent().navigate("customers");
        GridKt._clickItem(grid(), 0);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomerDetailView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo("customers/" + s.c1().getId());
    }

    @Test
    void a_seller_registers_a_new_prospect_and_lands_on_its_page() {
        login(s.am1());
        UI.getCurrent().navigate("customers");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(
                com.github.mvysny.kaributesting.v10.LocatorJ._get(
                        com.vaadin.flow.component.button.Button.class,
                        spec -> spec.withId("new-customer")));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(
                com.github.mvysny.kaributesting.v10.LocatorJ._get(
                        com.vaadin.flow.component.button.Button.class,
                        spec -> spec.withId("new-customer-save")));
        com.vaadin.flow.component.textfield.TextField name =
                com.github.mvysny.kaributesting.v10.LocatorJ._get(
                        com.vaadin.flow.component.textfield.TextField.class,
                        spec -> spec.withId("new-customer-name"));
        assertThat(name.getErrorMessage()).isEqualTo("Name is required");
        name.setValue("Fjellbekk Kaffe AS");
        com.vaadin.flow.component.textfield.TextField orgNumber =
                com.github.mvysny.kaributesting.v10.LocatorJ._get(
                        com.vaadin.flow.component.textfield.TextField.class,
                        spec -> spec.withId("new-customer-org-number"));
        orgNumber.setValue(s.c2().getOrgNumber());
        com.github.mvysny.kaributesting.v10.LocatorJ._click(
                com.github.mvysny.kaributesting.v10.LocatorJ._get(
                        com.vaadin.flow.component.button.Button.class,
                        spec -> spec.withId("new-customer-save")));
        assertThat(orgNumber.getErrorMessage())
                .isEqualTo(s.c2().getName() + " already has this organisation number.");
        orgNumber.setValue("");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(
                com.github.mvysny.kaributesting.v10.LocatorJ._get(
                        com.vaadin.flow.component.button.Button.class,
                        spec -> spec.withId("new-customer-save")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomerDetailView.class);
    }

    private void planReviewOfC1On4March2031() {
        no.kundeloft.visit.VisitForm form = new no.kundeloft.visit.VisitForm();
        form.setCustomerId(s.c1().getId());
        form.setHostId(s.am1().getId());
        form.setStart(java.time.LocalDate.of(2031, 3, 4).atTime(10, 0));
        form.setPurpose("Review");
        visitService.plan(form);
    }

    @Test
    void the_last_and_next_visit_show_in_the_list() {
        login(s.am1());
        planReviewOfC1On4March2031();
        UI.getCurrent().navigate("customers");
        assertThat(GridKt._getFormatted(grid(), 0, "nextVisit")).isEqualTo("4 Mar 2031");
        assertThat(GridKt._getFormatted(grid(), 0, "lastVisit")).isEmpty();
    }

    @Test
    void a_customer_with_both_revenue_and_a_visit_shows_both() {
        java.time.YearMonth lastMonth = java.time.YearMonth.from(TestClock.TODAY).minusMonths(1);
        em.persist(
                new no.kundeloft.revenue.RevenueEntry(
                        s.c1(), lastMonth, new java.math.BigDecimal("1200")));
        em.flush();
        login(s.am1());
        planReviewOfC1On4March2031();
        UI.getCurrent().navigate("customers");
        assertThat(GridKt._getFormatted(grid(), 0, "nextVisit")).isEqualTo("4 Mar 2031");
        assertThat(GridKt._getFormatted(grid(), 0, "revenueYtd"))
                .as("one feature's columns do not replace another's")
                .isEqualTo("NOK\u00a01,200");
    }

    @Test
    void the_column_picker_shows_what_matters_and_the_rest_when_picked() {
        login(s.am1());
        UI.getCurrent().navigate("customers");
        @SuppressWarnings("unchecked")
        Grid<CustomerListRow> grid = _get(Grid.class);
        assertThat(grid.getColumnByKey("orgNumber").isVisible()).isTrue();
        assertThat(grid.getColumnByKey("sector").isVisible()).isFalse();
        assertThat(grid.getColumnByKey("revenueLastYear").isVisible()).isFalse();

        ColumnPicker picker = _get(ColumnPicker.class, spec -> spec.withId("customer-columns"));
        ContextMenuKt._clickItemWithCaption(picker.getMenu(), "Sector");
        ContextMenuKt._clickItemWithCaption(picker.getMenu(), "Organisation number");

        assertThat(grid.getColumnByKey("sector").isVisible()).isTrue();
        assertThat(grid.getColumnByKey("orgNumber").isVisible()).isFalse();
        assertThat(grid.getColumnByKey("name").isVisible()).isTrue();
    }
}
