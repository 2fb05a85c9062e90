package no.kundeloft.customer.ui;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.organisation.Sector;

/**
 * The customer list's filter and sort as URL query parameters, so a filtered list can be bookmarked
 * and shared: {@code ?q=bygg&status=ACTIVE&owner=42&sort=name,-owner}. Unknown or malformed values
 * are ignored rather than refused.
 */
record CustomerListQuery(CustomerFilter filter, List<QuerySortOrder> sort) {

    static final String TEXT = "q";
    static final String STATUS = "status";
    static final String TIER = "tier";
    static final String SECTOR = "sector";
    static final String INDUSTRY = "industry";
    static final String OWNER = "owner";
    static final String SORT = "sort";

    static CustomerListQuery from(QueryParameters parameters, List<String> sortableKeys) {
        Map<String, List<String>> values = parameters.getParameters();
        CustomerFilter filter =
                new CustomerFilter(
                        single(values, TEXT).orElse(null),
                        single(values, STATUS).flatMap(parse(CustomerStatus::valueOf)).orElse(null),
                        single(values, TIER).flatMap(parse(CustomerTier::valueOf)).orElse(null),
                        single(values, SECTOR).flatMap(parse(Sector::valueOf)).orElse(null),
                        single(values, INDUSTRY).orElse(null),
                        single(values, OWNER).flatMap(parse(Long::valueOf)).orElse(null));
        List<QuerySortOrder> sort = new ArrayList<>();
        for (String part : single(values, SORT).map(s -> s.split(",")).orElse(new String[0])) {
            boolean descending = part.startsWith("-");
            String key = descending ? part.substring(1) : part;
            if (sortableKeys.contains(key)) {
                sort.add(
                        new QuerySortOrder(
                                key,
                                descending ? SortDirection.DESCENDING : SortDirection.ASCENDING));
            }
        }
        return new CustomerListQuery(filter, sort);
    }

    QueryParameters toParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        put(
                values,
                TEXT,
                filter.text() == null || filter.text().isBlank() ? null : filter.text().trim());
        put(values, STATUS, filter.status());
        put(values, TIER, filter.tier());
        put(values, SECTOR, filter.sector());
        put(values, INDUSTRY, filter.industry());
        put(values, OWNER, filter.ownerId());
        List<String> parts =
                sort.stream()
                        .map(
                                order ->
                                        (order.getDirection() == SortDirection.DESCENDING
                                                        ? "-"
                                                        : "")
                                                + order.getSorted())
                        .toList();
        put(values, SORT, parts.isEmpty() ? null : String.join(",", parts));
        return QueryParameters.simple(values);
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            values.put(name, value.toString());
        }
    }

    private static Optional<String> single(Map<String, List<String>> values, String name) {
        return Optional.ofNullable(values.get(name))
                .filter(v -> !v.isEmpty())
                .map(List::getFirst)
                .filter(v -> !v.isBlank());
    }

    private static <T> Function<String, Optional<T>> parse(Function<String, T> parser) {
        return value -> {
            try {
                return Optional.of(parser.apply(value));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        };
    }
}
