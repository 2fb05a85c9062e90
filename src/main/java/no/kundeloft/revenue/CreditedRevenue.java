package no.kundeloft.revenue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@code credited_revenue} current (decision 027): each seller's revenue per month, credited
 * by the ownership period covering the month's first day and split by {@link RevenueKind}. {@link
 * CreditedRevenueListener} notes which customers' revenue, ownership or won date a transaction
 * changed; before it commits — or before a report reads in it — the sellers who owned those
 * customers are summed again from the revenue itself. A seller is summed whole (a few hundred
 * customers over 36 months, milliseconds), so there is no arithmetic on top of earlier sums to go
 * wrong.
 */
@Component
public class CreditedRevenue {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    CreditedRevenue(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /**
     * Sums every seller again from scratch: after bulk loads that bypass the entities, and on an
     * empty table.
     */
    @Transactional
    public void rebuild() {
        jdbc.execute(
                (ConnectionCallback<Void>)
                        connection -> {
                            try (PreparedStatement delete =
                                    connection.prepareStatement("delete from credited_revenue")) {
                                delete.executeUpdate();
                            }
                            insertSums(connection, null);
                            return null;
                        });
    }

    /**
     * Whether there is revenue but nothing credited yet (a database from before the table, or a
     * bulk load).
     */
    public boolean needsRebuild() {
        Boolean missing =
                jdbc.queryForObject(
                        """
                select case when exists (select 1 from revenue_entry) and not exists (select 1 from credited_revenue)
                then true else false end""",
                        Boolean.class);
        return Boolean.TRUE.equals(missing);
    }

    /**
     * Brings the table up to date with what this transaction changed so far, before a report reads
     * it.
     */
    void refreshPending() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        Session session = entityManager.unwrap(Session.class);
        if (session.isDirty()) {
            session.flush();
        }
        // the shared entity manager hands out a proxy; the listener knows the session itself
        Pending pending =
                CreditedRevenueListener.existing(
                        session.unwrap(SharedSessionContractImplementor.class));
        if (pending != null) {
            session.doWork(pending::applyTo);
        }
    }

    /** Customers and sellers whose credited months a transaction must sum again. */
    static final class Pending {
        private final Set<Long> customers = new HashSet<>();
        private final Set<Long> owners = new HashSet<>();

        synchronized void customer(Long id) {
            customers.add(id);
        }

        synchronized void owner(Long id) {
            owners.add(id);
        }

        synchronized void applyTo(Connection connection) throws SQLException {
            if (customers.isEmpty() && owners.isEmpty()) {
                return;
            }
            Set<Long> sellers = new HashSet<>(owners);
            sellers.addAll(ownersOf(connection, customers));
            customers.clear();
            owners.clear();
            List<Long> ordered = sellers.stream().sorted().toList();
            for (int from = 0; from < ordered.size(); from += CHUNK) {
                List<Long> chunk = ordered.subList(from, Math.min(ordered.size(), from + CHUNK));
                try (PreparedStatement delete =
                        connection.prepareStatement(
                                "delete from credited_revenue where owner_id in ("
                                        + placeholders(chunk.size())
                                        + ")")) {
                    bind(delete, chunk);
                    delete.executeUpdate();
                }
                insertSums(connection, chunk);
            }
        }
    }

    private static Set<Long> ownersOf(Connection connection, Collection<Long> customers)
            throws SQLException {
        Set<Long> owners = new HashSet<>();
        List<Long> ids = List.copyOf(customers);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement select =
                    connection.prepareStatement(
                            "select distinct owner_id from customer_ownership where customer_id in ("
                                    + placeholders(chunk.size())
                                    + ")")) {
                bind(select, chunk);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        owners.add(rows.getLong(1));
                    }
                }
            }
        }
        return owners;
    }

    /**
     * Sums the sellers' (all when {@code owners} is null) revenue by month and by how many months
     * after the won month it lies — clipped to -1 and 12, so a seller-month has at most fourteen
     * groups —, lets {@link RevenueKind} say which are new sales, and inserts a row per seller and
     * month.
     */
    private static void insertSums(Connection connection, List<Long> owners) throws SQLException {
        String sql =
                """
                select o.owner_id, r.revenue_month,
                       case when c.customer_since is null then null else least(12, greatest(-1,
                           (extract(year from r.revenue_month) - extract(year from c.customer_since)) * 12
                           + extract(month from r.revenue_month) - extract(month from c.customer_since))) end as after_won,
                       sum(r.amount)
                from revenue_entry r
                join customer c on c.id = r.customer_id
                join customer_ownership o on o.customer_id = r.customer_id and o.valid_from <= r.revenue_month
                     and (o.valid_to is null or o.valid_to > r.revenue_month)
                %s
                group by o.owner_id, r.revenue_month, after_won
                order by o.owner_id, r.revenue_month"""
                        .formatted(
                                owners == null
                                        ? ""
                                        : "where o.owner_id in ("
                                                + placeholders(owners.size())
                                                + ")");
        Map<Long, MonthlyAmounts> sums = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (owners != null) {
                bind(select, owners);
            }
            select.setFetchSize(5_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    YearMonth month = YearMonth.from(rows.getDate(2).toLocalDate());
                    Number afterWon = (Number) rows.getObject(3);
                    BigDecimal amount = rows.getBigDecimal(4);
                    boolean newSales =
                            afterWon != null
                                    && RevenueKind.of(
                                                    month.minusMonths(afterWon.intValue()).atDay(1),
                                                    month)
                                            == RevenueKind.NEW_SALES;
                    sums.computeIfAbsent(rows.getLong(1), owner -> new MonthlyAmounts())
                            .add(
                                    month,
                                    newSales ? BigDecimal.ZERO : amount,
                                    newSales ? amount : BigDecimal.ZERO);
                }
            }
        }
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "insert into credited_revenue (owner_id, revenue_month, portfolio, new_sales) values (?, ?, ?, ?)")) {
            int batched = 0;
            for (Map.Entry<Long, MonthlyAmounts> seller : sums.entrySet()) {
                for (YearMonth month : seller.getValue().months()) {
                    insert.setLong(1, seller.getKey());
                    insert.setDate(2, Date.valueOf(month.atDay(1)));
                    insert.setBigDecimal(3, seller.getValue().portfolio(month));
                    insert.setBigDecimal(4, seller.getValue().newSales(month));
                    insert.addBatch();
                    if (++batched % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private static String placeholders(int count) {
        return IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    private static void bind(PreparedStatement statement, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setLong(i + 1, ids.get(i));
        }
    }
}
