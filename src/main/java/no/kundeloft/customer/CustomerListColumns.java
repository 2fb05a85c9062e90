package no.kundeloft.customer;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Locale;

/**
 * Columns another feature adds to the customer list (revenue, visits), so the customer feature need
 * not know those features. Each column is an expression — a subquery over the feature's own
 * entities — in one query for the page's customers, so a page with every feature's columns is two
 * SQL statements ({@link CustomerService#rows}).
 */
public interface CustomerListColumns {

    /** The columns, in order; empty when the current user may not see them. */
    List<Column> columns();

    /** The column's value for the customer row {@code customer} of {@code query}. */
    Expression<?> value(
            Column column, Root<Customer> customer, AbstractQuery<?> query, CriteriaBuilder cb);

    /**
     * The cell text of a value the expression gave (null when the feature has nothing for the
     * customer).
     */
    String text(Column column, Object value, Locale locale);

    /** A column's key and the translation key of its header. */
    record Column(String key, String headerKey) {}
}
