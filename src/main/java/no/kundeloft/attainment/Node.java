package no.kundeloft.attainment;

import java.util.Locale;
import no.kundeloft.revenue.RollupLevel;

/**
 * A place in the drill-down: the whole company, a division, department, team, seller or customer.
 */
public record Node(RollupLevel level, Long id, String name) {

    public static Node of(RollupLevel level, Long id) {
        return new Node(level, id, null);
    }

    /** The URL segments of the node, e.g. {@code team/12}; empty for the whole company. */
    public String path() {
        return level == RollupLevel.ALL ? "" : level.name().toLowerCase(Locale.ROOT) + "/" + id;
    }
}
