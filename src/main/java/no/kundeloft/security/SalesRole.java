package no.kundeloft.security;

import java.util.EnumSet;
import java.util.Set;

/** An employee's job, which is also their security role ({@code ROLE_<name>}). */
public enum SalesRole {
    ACCOUNT_MANAGER,
    KEY_ACCOUNT_MANAGER,
    TEAM_LEADER,
    SALES_MANAGER,
    SALES_DIRECTOR,
    MEETING_BOOKER,
    TELESALES,
    FIELD_SALES,
    ADMIN;

    /**
     * Sellers own customers; everyone else sees customers through a team, department or division.
     */
    public boolean isSeller() {
        return this == ACCOUNT_MANAGER
                || this == KEY_ACCOUNT_MANAGER
                || this == TELESALES
                || this == FIELD_SALES;
    }

    /**
     * The roles of everyone who may own customers and host visits: the sellers and team leaders.
     */
    public static Set<SalesRole> selling() {
        Set<SalesRole> selling = EnumSet.of(TEAM_LEADER);
        for (SalesRole role : values()) {
            if (role.isSeller()) {
                selling.add(role);
            }
        }
        return selling;
    }

    /** The seller roles ({@link #isSeller()}). */
    public static Set<SalesRole> sellers() {
        Set<SalesRole> sellers = selling();
        sellers.remove(TEAM_LEADER);
        return sellers;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
