package no.kundeloft.customer;

import java.util.List;
import no.kundeloft.history.HistoryEntry;

/**
 * History another feature keeps about a customer (revenue now), shown in the customer's History, so
 * the customer feature need not know those records. Called only after the customer was found in the
 * current user's scope; a source returns nothing the current user's role may not see.
 */
public interface CustomerHistorySource {

    List<HistoryEntry> historyOf(Long customerId);
}
