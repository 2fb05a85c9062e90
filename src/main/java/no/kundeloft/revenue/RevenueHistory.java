package no.kundeloft.revenue;

import java.util.List;
import no.kundeloft.customer.CustomerHistorySource;
import no.kundeloft.history.ChangeHistory;
import no.kundeloft.history.HistoryEntry;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.SalesRole;
import org.springframework.stereotype.Component;

/**
 * A customer's monthly revenue as imported, corrected and re-imported: each save is one entry whose
 * fields are the months it wrote. Meeting bookers see no revenue, so none of its history either.
 */
@Component
class RevenueHistory implements CustomerHistorySource {

    static final String RECORD_TYPE = "Revenue";

    private final ChangeHistory changeHistory;
    private final CurrentUser currentUser;

    RevenueHistory(ChangeHistory changeHistory, CurrentUser currentUser) {
        this.changeHistory = changeHistory;
        this.currentUser = currentUser;
    }

    @Override
    public List<HistoryEntry> historyOf(Long customerId) {
        if (currentUser.require().role() == SalesRole.MEETING_BOOKER) {
            return List.of();
        }
        return ChangeHistory.mergedByRevision(
                changeHistory.ofRelated(RevenueEntry.class, "customer", customerId),
                "amount",
                RECORD_TYPE);
    }
}
