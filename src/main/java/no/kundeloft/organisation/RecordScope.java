package no.kundeloft.organisation;

import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.Set;

/**
 * Which customers a user may see, from PRODUCT.md's "Record scope": everything, or the customers
 * owned by members of some divisions, departments or teams, or by one owner.
 *
 * <p>This is the one place the rule is written, for JPQL ({@link #jpql}, {@link #bind}), for
 * Criteria queries ({@link #predicate}) and in memory ({@link #covers}). Each works from a unit of
 * the organisation — a seller, a team, a department or a division — and walks up from it to the
 * level the scope names. A unit finer than it (a department for a team leader) is not in scope: a
 * scope holds a department only when it holds all of it.
 */
public record RecordScope(Level level, Set<Long> ids) {

    /**
     * From the widest to the narrowest; each level's unit belongs to one unit of the level before
     * it.
     */
    public enum Level {
        ALL(null),
        DIVISIONS(null),
        DEPARTMENTS("division"),
        TEAMS("department"),
        OWNER("team");

        private final String up;

        Level(String up) {
            this.up = up;
        }

        /** The attribute that leads from a unit of this level to the unit above it. */
        String up() {
            return up;
        }
    }

    /** The query parameter {@link #jpql} names and {@link #bind} sets. */
    public static final String PARAMETER = "scopeIds";

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

    /**
     * A JPQL condition keeping what a seller (an Employee alias or path such as {@code c.owner}) in
     * scope owns.
     */
    public String jpql(String seller) {
        return jpql(Level.OWNER, seller);
    }

    /**
     * A JPQL condition keeping the units of the given level (an alias or path to a Team,
     * Department, …) in scope.
     */
    public String jpql(Level unit, String alias) {
        if (level == Level.ALL) {
            return "1 = 1";
        }
        if (isEmpty() || level.ordinal() > unit.ordinal()) {
            return "1 = 0";
        }
        StringBuilder path = new StringBuilder(alias);
        for (int at = unit.ordinal(); at > level.ordinal(); at--) {
            path.append('.').append(Level.values()[at].up());
        }
        return path + ".id in :" + PARAMETER;
    }

    /** Sets the parameter the query's conditions from {@link #jpql} need, if they need one. */
    public <Q extends Query> Q bind(Q query) {
        if (query.getParameters().stream()
                .anyMatch(parameter -> PARAMETER.equals(parameter.getName()))) {
            query.setParameter(PARAMETER, ids);
        }
        return query;
    }

    /**
     * A Criteria condition keeping what a seller (an Employee path such as {@code
     * root.get("owner")}) in scope owns.
     */
    public Predicate predicate(CriteriaBuilder cb, Path<?> seller) {
        if (level == Level.ALL) {
            return cb.conjunction();
        }
        if (isEmpty()) {
            return cb.disjunction();
        }
        Path<?> path = seller;
        for (int at = Level.OWNER.ordinal(); at > level.ordinal(); at--) {
            path = path.get(Level.values()[at].up());
        }
        return path.get("id").in(ids);
    }

    /**
     * Whether customers the given seller owns are in scope (a seller without a team only for
     * everything).
     */
    public boolean covers(Employee seller) {
        if (level == Level.ALL) {
            return true;
        }
        Long unit =
                switch (level) {
                    case OWNER -> seller.getId();
                    case TEAMS -> seller.getTeam() == null ? null : seller.getTeam().getId();
                    case DEPARTMENTS ->
                            seller.getTeam() == null
                                    ? null
                                    : seller.getTeam().getDepartment().getId();
                    case DIVISIONS ->
                            seller.getTeam() == null
                                    ? null
                                    : seller.getTeam().getDepartment().getDivision().getId();
                    case ALL -> throw new IllegalStateException();
                };
        return unit != null && ids.contains(unit);
    }
}
