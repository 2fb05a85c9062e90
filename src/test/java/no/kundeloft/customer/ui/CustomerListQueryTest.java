package no.kundeloft.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.organisation.Sector;
import org.junit.jupiter.api.Test;

class CustomerListQueryTest {

    private static final List<String> SORTABLE = List.of("name", "owner");

    @Test
    void a_filter_and_sort_survive_the_round_trip_through_the_url() {
        CustomerFilter filter =
                new CustomerFilter(
                        "Bygg og",
                        CustomerStatus.ACTIVE,
                        CustomerTier.KEY,
                        Sector.PUBLIC,
                        "Energi",
                        42L);
        List<QuerySortOrder> sort =
                List.of(
                        new QuerySortOrder("owner", SortDirection.DESCENDING),
                        new QuerySortOrder("name", SortDirection.ASCENDING));
        QueryParameters parameters = new CustomerListQuery(filter, sort).toParameters();
        assertThat(parameters.getParameters())
                .isEqualTo(
                        Map.of(
                                "q",
                                List.of("Bygg og"),
                                "status",
                                List.of("ACTIVE"),
                                "tier",
                                List.of("KEY"),
                                "sector",
                                List.of("PUBLIC"),
                                "industry",
                                List.of("Energi"),
                                "owner",
                                List.of("42"),
                                "sort",
                                List.of("-owner,name")));
        CustomerListQuery back = CustomerListQuery.from(parameters, SORTABLE);
        assertThat(back.filter()).isEqualTo(filter);
        assertThat(back.sort()).usingRecursiveComparison().isEqualTo(sort);
    }

    @Test
    void no_filter_gives_no_parameters() {
        assertThat(
                        new CustomerListQuery(CustomerFilter.none(), List.of())
                                .toParameters()
                                .getQueryString())
                .isEmpty();
    }

    @Test
    void unknown_values_and_columns_are_ignored() {
        CustomerListQuery query =
                CustomerListQuery.from(
                        QueryParameters.simple(
                                Map.of("status", "nope", "owner", "x1", "sort", "-secret,name")),
                        SORTABLE);
        assertThat(query.filter()).isEqualTo(CustomerFilter.none());
        assertThat(query.sort()).extracting(QuerySortOrder::getSorted).containsExactly("name");
    }
}
