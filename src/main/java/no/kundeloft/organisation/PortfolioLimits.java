package no.kundeloft.organisation;

import java.util.Optional;
import no.kundeloft.security.SalesRole;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many customers a seller's portfolio holds: an account manager 20–200 standard customers, a
 * key account manager 1–10 key customers. Over the maximum is refused; under the minimum is a
 * warning.
 */
@ConfigurationProperties("kundeloft.portfolio")
public record PortfolioLimits(Limit accountManager, Limit keyAccountManager) {

    public record Limit(int min, int max) {}

    public PortfolioLimits {
        accountManager = accountManager == null ? new Limit(20, 200) : accountManager;
        keyAccountManager = keyAccountManager == null ? new Limit(1, 10) : keyAccountManager;
    }

    /** The limit of a role that keeps a portfolio; empty for roles without one. */
    public Optional<Limit> forRole(SalesRole role) {
        return switch (role) {
            case ACCOUNT_MANAGER -> Optional.of(accountManager);
            case KEY_ACCOUNT_MANAGER -> Optional.of(keyAccountManager);
            default -> Optional.empty();
        };
    }
}
