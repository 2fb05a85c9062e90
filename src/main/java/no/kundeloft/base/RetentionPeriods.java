package no.kundeloft.base;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept before the nightly retention jobs remove it ({@code
 * kundeloft.retention.*}, ISO-8601 durations such as {@code P180D}): the sign-in log, and the
 * history of contacts removed from a customer.
 */
@ConfigurationProperties("kundeloft.retention")
public record RetentionPeriods(
        @DefaultValue("P180D") Duration signInLog,
        @DefaultValue("P730D") Duration removedContacts) {

    public RetentionPeriods {
        if (signInLog.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException(
                    "kundeloft.retention.sign-in-log must be at least P1D (throttling reads the last 24 hours): "
                            + signInLog);
        }
        if (removedContacts.isNegative() || removedContacts.isZero()) {
            throw new IllegalArgumentException(
                    "kundeloft.retention.removed-contacts must be positive: " + removedContacts);
        }
    }
}
