package no.kundeloft.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.revenue.MonthlyAmounts;
import no.kundeloft.revenue.RevenueLoadService;
import no.kundeloft.revenue.RevenueRollup;
import no.kundeloft.revenue.RollupLevel;
import org.springframework.stereotype.Component;

/** The revenue a budget is phased like: the subject's twelve loaded months before the year. */
@Component
class PhasingBasis {

    private final RevenueRollup revenueRollup;
    private final RevenueLoadService revenueLoad;
    private final OrganisationService organisation;

    PhasingBasis(
            RevenueRollup revenueRollup,
            RevenueLoadService revenueLoad,
            OrganisationService organisation) {
        this.revenueRollup = revenueRollup;
        this.revenueLoad = revenueLoad;
        this.organisation = organisation;
    }

    /**
     * The subject's revenue in the basis months, by calendar month; empty (an even spread) when
     * nothing is loaded.
     */
    List<BigDecimal> months(SubjectInfo info, int year) {
        YearMonth last = Phasing.basisEnd(year, revenueLoad.loadedThrough());
        if (last == null) {
            return List.of();
        }
        RollupLevel level =
                switch (info.subject().kind()) {
                    case SELLER, LEADER -> RollupLevel.SELLER;
                    case DEPARTMENT -> RollupLevel.DEPARTMENT;
                    case KEY_CUSTOMER -> RollupLevel.CUSTOMER;
                };
        YearMonth first = last.minusMonths(11);
        MonthlyAmounts revenue =
                revenueRollup
                        .byGroup(
                                organisation.currentScope(),
                                level,
                                Set.of(info.subject().id()),
                                RollupLevel.ALL,
                                first,
                                last)
                        .getOrDefault(RevenueRollup.WHOLE, new MonthlyAmounts());
        BigDecimal[] weights = new BigDecimal[12];
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            weights[month.getMonthValue() - 1] = revenue.total(month);
        }
        return List.of(weights);
    }
}
