package no.kundeloft.security;

/**
 * The names of the security roles, for annotations ({@code @RolesAllowed}) and role checks, which
 * need constants; each is the name of its {@link SalesRole} (a test holds them together).
 */
public final class Roles {

    public static final String ACCOUNT_MANAGER = "ACCOUNT_MANAGER";
    public static final String KEY_ACCOUNT_MANAGER = "KEY_ACCOUNT_MANAGER";
    public static final String TEAM_LEADER = "TEAM_LEADER";
    public static final String SALES_MANAGER = "SALES_MANAGER";
    public static final String SALES_DIRECTOR = "SALES_DIRECTOR";
    public static final String MEETING_BOOKER = "MEETING_BOOKER";
    public static final String TELESALES = "TELESALES";
    public static final String FIELD_SALES = "FIELD_SALES";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
