package no.kundeloft.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.stream.IntStream;
import no.kundeloft.KaribuTest;
import no.kundeloft.customer.CustomerListItem;
import org.junit.jupiter.api.Test;

class CustomerListViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private Grid<CustomerListItem> grid() {
        return _get(Grid.class);
    }

    private java.util.List<String> names() {
        Grid<CustomerListItem> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).name()).toList();
    }

    private String count() {
        return _get(Span.class, spec -> spec.withId("customer-count")).getText();
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
        Grid<CustomerListItem> grid = grid();
        assertThat(GridKt._getFormatted(grid, 0, "orgNumber")).isEqualTo("923609016");
        assertThat(GridKt._getFormatted(grid, 0, "sector")).isEqualTo("Private");
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Active");
        assertThat(GridKt._getFormatted(grid, 0, "tier")).isEqualTo("Standard");
        assertThat(GridKt._getFormatted(grid, 0, "owner")).isEqualTo("am1 Testesen");
        assertThat(grid.getColumns()).allSatisfy(column -> assertThat(column.isSortable()).isTrue());
    }

    @Test
    void a_team_leader_sees_the_team_and_searches_it() {
        login(s.lead1());
        UI.getCurrent().navigate("customers");
        assertThat(count()).isEqualTo("4 customers");
        _get(TextField.class).setValue("elektro");
        assertThat(names()).containsExactly("Tinde Elektro AS");
        assertThat(count()).isEqualTo("1 customer");
    }

    @Test
    void the_search_comes_from_the_url() {
        login(s.lead1());
        UI.getCurrent().navigate("customers", QueryParameters.of("q", "974"));
        assertThat(_get(TextField.class).getValue()).isEqualTo("974");
        assertThat(names()).containsExactly("Nordlys Konsern ASA");
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
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("customers/" + s.c1().getId());
    }
}
