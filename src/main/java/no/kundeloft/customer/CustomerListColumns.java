package no.kundeloft.customer;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Columns another feature adds to the customer list (revenue now; visits later), filled one page at a
 * time with one query for the whole page, so the customer feature need not know those features.
 */
public interface CustomerListColumns {

    /** The columns, in order; empty when the current user may not see them. */
    List<Column> columns();

    /** The cell texts for one page of customers: by customer id, then by column key. */
    Map<Long, Map<String, String>> values(Collection<Long> customerIds, Locale locale);

    /** A column's key and the translation key of its header. */
    record Column(String key, String headerKey) {
    }
}
