package no.kundeloft.pipeline.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kundeloft.pipeline.DealFilter;
import no.kundeloft.pipeline.DealKind;

/**
 * The pipeline's address: the filter and whether the board or the list is shown, so a view can be
 * bookmarked, shared and reloaded. Values that do not parse are ignored.
 */
record PipelineQuery(DealFilter filter, boolean list) {

    static PipelineQuery from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        DealFilter filter =
                DealFilter.open()
                        .withOwner(id(first(values, "owner")))
                        .withTeam(id(first(values, "team")))
                        .withKind(kind(first(values, "kind")))
                        .withClose(month(first(values, "from")), month(first(values, "to")))
                        .withStage(id(first(values, "stage")))
                        .withStuck("true".equals(first(values, "stuck")))
                        .withClosed(closed(first(values, "show")));
        return new PipelineQuery(filter, "list".equals(first(values, "view")));
    }

    QueryParameters toParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        if (list) {
            values.put("view", "list");
        }
        put(values, "owner", filter.ownerId());
        put(values, "team", filter.teamId());
        put(values, "kind", filter.kind());
        put(values, "from", filter.closeFrom());
        put(values, "to", filter.closeTo());
        put(values, "stage", filter.stageId());
        if (filter.stuck()) {
            values.put("stuck", "true");
        }
        if (filter.closed() != null) {
            values.put("show", filter.closed() ? "closed" : "all");
        }
        return QueryParameters.simple(values);
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.getFirst();
    }

    private static Long id(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static DealKind kind(String value) {
        try {
            return value == null ? null : DealKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static YearMonth month(String value) {
        try {
            return value == null ? null : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Boolean closed(String value) {
        return "closed".equals(value) ? Boolean.TRUE : "all".equals(value) ? Boolean.FALSE : null;
    }
}
