package no.kundeloft.stand;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A stand team's routing: the rules in order (postcode prefix or sector → seller), and where the
 * rest go.
 */
public record RoutingForm(
        @NotNull LeadRouting.Fallback fallback, Long callListId, @Valid List<Rule> rules) {

    public record Rule(
            @NotNull LeadRule.Kind kind,
            @NotBlank @Size(max = 20) String value,
            @NotNull Long sellerId) {}

    public RoutingForm {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
