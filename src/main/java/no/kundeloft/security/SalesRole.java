package no.kundeloft.security;

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

    /** Sellers own customers; everyone else sees customers through a team, department or division. */
    public boolean isSeller() {
        return this == ACCOUNT_MANAGER || this == KEY_ACCOUNT_MANAGER || this == TELESALES || this == FIELD_SALES;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
