package no.kundeloft.plan.ui;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kundeloft.base.ui.Json;
import no.kundeloft.customer.Attitude;
import no.kundeloft.plan.PlanDetails;

/**
 * The stakeholder map as an ECharts scatter: attitude from critic to champion across, influence
 * 0–10 up, one labelled dot per mapped contact coloured by buying role, and lines to whom each
 * reports.
 */
final class StakeholderMap {

    private static final Attitude[] ACROSS = {
        Attitude.CRITIC, Attitude.NEUTRAL, Attitude.UNKNOWN, Attitude.SUPPORTER, Attitude.CHAMPION
    };

    private StakeholderMap() {}

    static String option(
            List<PlanDetails.Stakeholder> stakeholders, Function<String, String> text) {
        List<PlanDetails.Stakeholder> mapped =
                stakeholders.stream()
                        .filter(s -> s.attitude() != null && s.influence() != null)
                        .toList();
        String points =
                mapped.stream()
                        .map(
                                s ->
                                        """
                {"name":%s,"value":[%d,%d],"itemStyle":{"color":%s},"role":%s}"""
                                                .formatted(
                                                        Json.of(s.name()),
                                                        index(s.attitude()),
                                                        s.influence(),
                                                        Json.of(color(s)),
                                                        Json.of(
                                                                s.buyingRole() == null
                                                                        ? ""
                                                                        : text.apply(
                                                                                "plan.role."
                                                                                        + s.buyingRole()
                                                                                                .name()))))
                        .collect(Collectors.joining(","));
        String links =
                mapped.stream()
                        .filter(s -> s.reportsToId() != null)
                        .flatMap(
                                s ->
                                        mapped.stream()
                                                .filter(b -> b.contactId().equals(s.reportsToId()))
                                                .map(
                                                        boss ->
                                                                "[{\"coord\":[%d,%d]},{\"coord\":[%d,%d]}]"
                                                                        .formatted(
                                                                                index(s.attitude()),
                                                                                s.influence(),
                                                                                index(
                                                                                        boss
                                                                                                .attitude()),
                                                                                boss.influence())))
                        .collect(Collectors.joining(","));
        String axis =
                java.util.Arrays.stream(ACROSS)
                        .map(a -> Json.of(text.apply("plan.attitude." + a.name())))
                        .collect(Collectors.joining(",", "[", "]"));
        return """
                {"grid":{"left":10,"right":20,"top":20,"bottom":10,"containLabel":true},
                 "tooltip":{"trigger":"item"},
                 "xAxis":{"type":"category","data":%s,"name":%s,"nameLocation":"middle","nameGap":28,"boundaryGap":true},
                 "yAxis":{"type":"value","min":0,"max":10,"name":%s},
                 "series":[{"type":"scatter","symbolSize":18,"data":[%s],
                   "label":{"show":true,"position":"right","formatter":"{b}"},
                   "markLine":{"silent":true,"symbol":["none","arrow"],"lineStyle":{"type":"dashed","color":"#9aa0a6"},"data":[%s]}}]}"""
                .formatted(
                        axis,
                        Json.of(text.apply("plan.attitude")),
                        Json.of(text.apply("plan.influence")),
                        points,
                        links);
    }

    private static int index(Attitude attitude) {
        for (int i = 0; i < ACROSS.length; i++) {
            if (ACROSS[i] == attitude) {
                return i;
            }
        }
        return 2;
    }

    private static String color(PlanDetails.Stakeholder stakeholder) {
        if (stakeholder.buyingRole() == null) {
            return "#9aa0a6";
        }
        return switch (stakeholder.buyingRole()) {
            case DECISION_MAKER -> "#8430ce";
            case INFLUENCER -> "#1a73e8";
            case USER -> "#188038";
            case GATEKEEPER -> "#f29900";
            case BLOCKER -> "#b3261e";
        };
    }
}
