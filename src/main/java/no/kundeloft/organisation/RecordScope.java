package no.kundeloft.organisation;

import java.util.Set;

/**
 * Which customers a user may see, from PRODUCT.md's "Record scope": everything, or the customers
 * owned by members of some divisions, departments or teams, or by one owner.
 */
public record RecordScope(Level level, Set<Long> ids) {

    public enum Level {
        ALL,
        DIVISIONS,
        DEPARTMENTS,
        TEAMS,
        OWNER
    }

    public RecordScope {
        ids = Set.copyOf(ids);
    }

    public static RecordScope all() {
        return new RecordScope(Level.ALL, Set.of());
    }

    public static RecordScope owner(Long employeeId) {
        return new RecordScope(Level.OWNER, Set.of(employeeId));
    }

    /** True when the scope cannot contain anything (e.g. a team leader without a team). */
    public boolean isEmpty() {
        return level != Level.ALL && ids.isEmpty();
    }
}
