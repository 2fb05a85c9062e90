package no.kundeloft.customer;

import java.util.ArrayList;
import java.util.List;
import no.kundeloft.history.ChangeHistory;
import no.kundeloft.history.HistoryEntry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's change history: its own fields, its contacts and what other features add (revenue).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CustomerHistoryService {

    private final CustomerService customers;
    private final ChangeHistory changeHistory;
    private final List<CustomerHistorySource> sources;

    CustomerHistoryService(
            CustomerService customers,
            ChangeHistory changeHistory,
            List<CustomerHistorySource> sources) {
        this.customers = customers;
        this.changeHistory = changeHistory;
        this.sources = sources;
    }

    /** Newest first; a customer outside the current user's scope is not found. */
    public List<HistoryEntry> history(Long customerId) {
        customers.requireVisible(customerId);
        List<HistoryEntry> entries =
                new ArrayList<>(
                        changeHistory.withParts(
                                Customer.class, customerId, "customer", Contact.class));
        sources.forEach(source -> entries.addAll(source.historyOf(customerId)));
        entries.sort(HistoryEntry.NEWEST_FIRST);
        return entries;
    }
}
