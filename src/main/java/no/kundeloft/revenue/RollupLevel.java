package no.kundeloft.revenue;

import no.kundeloft.organisation.RecordScope;

/**
 * A level of the sales organisation that revenue and budgets roll up to, down to the single
 * customer. Figures roll up through the organisation as it is today.
 */
public enum RollupLevel {
    ALL,
    DIVISION,
    DEPARTMENT,
    TEAM,
    SELLER,
    CUSTOMER;

    /** The level a record scope selects by. */
    public static RollupLevel of(RecordScope.Level level) {
        return switch (level) {
            case ALL -> ALL;
            case DIVISIONS -> DIVISION;
            case DEPARTMENTS -> DEPARTMENT;
            case TEAMS -> TEAM;
            case OWNER -> SELLER;
        };
    }

    /** The level one click further down, or null below the customer. */
    public RollupLevel below() {
        return this == CUSTOMER ? null : values()[ordinal() + 1];
    }

    /**
     * The path from a seller (an Employee alias) to this level's id, for levels above the customer.
     */
    public String pathFromSeller(String seller) {
        return switch (this) {
            case ALL, CUSTOMER -> throw new IllegalStateException("No seller path to " + this);
            case DIVISION -> seller + ".team.department.division.id";
            case DEPARTMENT -> seller + ".team.department.id";
            case TEAM -> seller + ".team.id";
            case SELLER -> seller + ".id";
        };
    }
}
