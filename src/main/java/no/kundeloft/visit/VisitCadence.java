package no.kundeloft.visit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often customers should be visited, in days, by tier: key customers every 30 days, other
 * customers every 180 days unless configured otherwise ({@code kundeloft.visits.cadence.*}).
 */
@ConfigurationProperties("kundeloft.visits.cadence")
public record VisitCadence(Integer keyDays, Integer standardDays) {

    public VisitCadence {
        keyDays = keyDays == null ? 30 : keyDays;
        standardDays = standardDays == null ? 180 : standardDays;
    }
}
