package no.kundeloft.calling;

import jakarta.persistence.Query;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import no.kundeloft.base.LikePatterns;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.organisation.Sector;

/**
 * Which contacts of the list's teams' customers to put on a call list: customers of some statuses
 * (none: all), a sector, a tier, an industry (part of its name); primary contacts only or all with
 * a phone number; and leaving out those called in the last days. Contacts who asked not to be
 * called, and customers that declined in the last {@link #DECLINED_DAYS} days, are always left out.
 */
public record ContactSelection(
        Set<CustomerStatus> statuses,
        Sector sector,
        CustomerTier tier,
        String industry,
        boolean primaryOnly,
        @Min(0) @Max(365) int notCalledForDays) {

    /** How long a customer that said "not interested" is left alone. */
    public static final int DECLINED_DAYS = 180;

    public ContactSelection {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static ContactSelection standard() {
        return new ContactSelection(Set.of(), null, CustomerTier.STANDARD, null, true, 30);
    }

    /**
     * Contacts of the given teams' customers this selection takes, before the always-left-out ones
     * (SQL).
     */
    String candidates() {
        return " from contact k join customer c on c.id = k.customer_id join employee o on o.id = c.owner_id"
                + " where o.team_id in (:teams) and k.phone_digits is not null and k.phone_digits <> ''"
                + (statuses.isEmpty() ? "" : " and c.status in (:statuses)")
                + (sector == null ? "" : " and c.sector = :sector")
                + (tier == null ? "" : " and c.tier = :tier")
                + (hasIndustry()
                        ? " and lower(c.industry) like :industry escape '"
                                + LikePatterns.ESCAPE
                                + "'"
                        : "")
                + (primaryOnly ? " and k.is_primary = true" : "")
                + (notCalledForDays > 0
                        ? " and not exists (select 1 from customer_activity r where r.contact_id = k.id"
                                + " and r.kind = 'CALL' and r.occurred_at >= :calledSince)"
                        : "");
    }

    static String declined() {
        return "exists (select 1 from customer_activity d where d.customer_id = c.id and d.outcome = 'NOT_INTERESTED'"
                + " and d.occurred_at >= :declinedSince)";
    }

    <Q extends Query> Q bind(Q query, Set<Long> teamIds, Instant now) {
        query.setParameter("teams", teamIds);
        if (!statuses.isEmpty()) {
            query.setParameter("statuses", statuses.stream().map(Enum::name).toList());
        }
        if (sector != null) {
            query.setParameter("sector", sector.name());
        }
        if (tier != null) {
            query.setParameter("tier", tier.name());
        }
        if (hasIndustry()) {
            query.setParameter("industry", LikePatterns.containing(industry));
        }
        if (notCalledForDays > 0) {
            query.setParameter("calledSince", now.minus(notCalledForDays, ChronoUnit.DAYS));
        }
        if (query.getParameters().stream().anyMatch(p -> "declinedSince".equals(p.getName()))) {
            query.setParameter("declinedSince", now.minus(DECLINED_DAYS, ChronoUnit.DAYS));
        }
        return query;
    }

    private boolean hasIndustry() {
        return industry != null && !industry.isBlank();
    }
}
