package no.kundeloft.budget;

import java.util.Locale;

/**
 * Whom a budget is for: a seller or team leader (employee id), a department (department id) or a
 * key customer (customer id). Written in URLs as e.g. {@code seller-12}.
 */
public record BudgetSubject(BudgetKind kind, Long id) {

    public String key() {
        return switch (kind) {
                    case SELLER -> "S";
                    case LEADER -> "L";
                    case DEPARTMENT -> "D";
                    case KEY_CUSTOMER -> "C";
                }
                + id;
    }

    /** The subject as a URL parameter. */
    public String token() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + id;
    }

    /** The subject a URL parameter names, or null when it names none. */
    public static BudgetSubject parse(String token) {
        if (token == null) {
            return null;
        }
        int dash = token.lastIndexOf('-');
        if (dash < 1) {
            return null;
        }
        try {
            BudgetKind kind =
                    BudgetKind.valueOf(
                            token.substring(0, dash).replace('-', '_').toUpperCase(Locale.ROOT));
            return new BudgetSubject(kind, Long.valueOf(token.substring(dash + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
