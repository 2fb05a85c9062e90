package no.kundeloft.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.kundeloft.base.Formats;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generated organisation's work on top of its customers: deals (open, won and lost), approved
 * budgets for last year and this (sellers, key customers, departments), and a task per customer
 * (the account plans are {@link DataSetPlans}).
 */
final class DataSetWork {

    private static final int BATCH = 1_000;
    private static final String[] DEAL_TITLES = {
        "Utvidet serviceavtale",
        "Ny lokasjon",
        "Rammeavtale",
        "Oppgradering",
        "Pilotprosjekt",
        "Flere brukere"
    };

    private final JdbcTemplate jdbc;
    private final SequenceIds ids;
    private final Random random;
    private final LocalDate today;

    DataSetWork(JdbcTemplate jdbc, SequenceIds ids, Random random, LocalDate today) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.random = random;
        this.today = today;
    }

    /**
     * One deal for every third customer: 60 % open, 25 % won, 15 % lost; growth at customers, new
     * customer at prospects.
     */
    int deals(List<long[]> customers) {
        Map<String, long[]> stages = new HashMap<>();
        jdbc.query(
                "select code, id, probability from deal_stage",
                row -> {
                    stages.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)});
                });
        String[] open = {"QUALIFIED", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION"};
        BatchInsert rows =
                new BatchInsert(
                        jdbc,
                        """
                insert into deal (id, version, customer_id, owner_id, title, kind, yearly_value, stage_id, probability, close_month,
                opened_on, stage_since, closed_on, close_reason, next_step, next_step_due, last_activity_at)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        for (int i = 0; i < customers.size(); i += 3) {
            long[] customer = customers.get(i);
            int roll = random.nextInt(100);
            String code =
                    roll < 60 ? open[random.nextInt(open.length)] : roll < 85 ? "WON" : "LOST";
            boolean closed = roll >= 60;
            long[] stage = stages.get(code);
            YearMonth closeMonth =
                    closed
                            ? YearMonth.from(today).minusMonths(random.nextInt(12))
                            : YearMonth.from(today).plusMonths(random.nextInt(7));
            LocalDate opened = min(closeMonth.atDay(1).minusMonths(1 + random.nextInt(5)), today);
            LocalDate closedOn =
                    closed ? min(closeMonth.atDay(1 + random.nextInt(28)), today) : null;
            LocalDate stageSince =
                    closed ? closedOn : min(opened.plusDays(random.nextInt(60)), today);
            Instant lastActivity = stageSince.atTime(10, 0).atZone(Formats.ZONE).toInstant();
            rows.add(
                    new Object[] {
                        ids.take(),
                        customer[0],
                        customer[1],
                        DEAL_TITLES[random.nextInt(DEAL_TITLES.length)],
                        customer[2] == 1 ? "GROWTH" : "NEW_CUSTOMER",
                        BigDecimal.valueOf(50_000L + 10_000L * random.nextInt(95)),
                        stage[0],
                        (int) stage[1],
                        Date.valueOf(closeMonth.atDay(1)),
                        Date.valueOf(opened),
                        Date.valueOf(stageSince),
                        closedOn == null ? null : Date.valueOf(closedOn),
                        code.equals("LOST") ? "Valgte en annen leverandør" : null,
                        closed ? null : "Følge opp tilbudet",
                        closed ? null : Date.valueOf(today.plusDays(random.nextInt(21))),
                        Timestamp.from(lastActivity)
                    });
        }
        return rows.finish();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Approved budgets: every seller's for last year and this (portfolio 5 % above the last loaded
     * twelve months, new sales a tenth of that), every key customer's and every department's for
     * this year.
     */
    int budgets(YearMonth lastLoaded) {
        Map<Long, BigDecimal> bySeller =
                yearly(
                        """
                select c.owner_id, sum(r.amount) from revenue_entry r join customer c on c.id = r.customer_id
                where r.revenue_month > ? group by c.owner_id""",
                        lastLoaded);
        Map<Long, BigDecimal> byKeyCustomer =
                yearly(
                        """
                select r.customer_id, sum(r.amount) from revenue_entry r join customer c on c.id = r.customer_id
                where c.tier = 'KEY' and r.revenue_month > ? group by r.customer_id""",
                        lastLoaded);
        Map<Long, BigDecimal> byDepartment =
                yearly(
                        """
                select t.department_id, sum(r.amount) from revenue_entry r join customer c on c.id = r.customer_id
                join employee e on e.id = c.owner_id join team t on t.id = e.team_id
                where r.revenue_month > ? group by t.department_id""",
                        lastLoaded);
        Map<Long, Long> keyOwners = new HashMap<>();
        jdbc.query(
                "select id, owner_id from customer where tier = 'KEY'",
                row -> {
                    keyOwners.put(row.getLong(1), row.getLong(2));
                });
        int year = today.getYear();
        List<Object[]> budgets = new ArrayList<>();
        List<Object[]> months = new ArrayList<>();
        bySeller.forEach(
                (seller, amount) -> {
                    budgets.add(
                            budget(
                                    months,
                                    "SELLER",
                                    "S" + seller,
                                    seller,
                                    null,
                                    null,
                                    year - 1,
                                    amount.multiply(BigDecimal.valueOf(0.95))));
                    budgets.add(
                            budget(
                                    months,
                                    "SELLER",
                                    "S" + seller,
                                    seller,
                                    null,
                                    null,
                                    year,
                                    amount.multiply(BigDecimal.valueOf(1.05))));
                });
        byKeyCustomer.forEach(
                (customer, amount) ->
                        budgets.add(
                                budget(
                                        months,
                                        "KEY_CUSTOMER",
                                        "C" + customer,
                                        keyOwners.get(customer),
                                        null,
                                        customer,
                                        year,
                                        amount.multiply(BigDecimal.valueOf(1.05)))));
        byDepartment.forEach(
                (department, amount) ->
                        budgets.add(
                                budget(
                                        months,
                                        "DEPARTMENT",
                                        "D" + department,
                                        null,
                                        department,
                                        null,
                                        year,
                                        amount.multiply(BigDecimal.valueOf(1.08)))));
        jdbc.batchUpdate(
                """
                insert into budget (id, version, kind, budget_year, subject_key, employee_id, department_id, customer_id, revision, status,
                drafted_by, drafted_at, approved_by, approved_at) values (?, 0, ?, ?, ?, ?, ?, ?, 1, 'APPROVED', 'Ds', ?, 'Ds', ?)""",
                budgets);
        for (int from = 0; from < months.size(); from += BATCH) {
            jdbc.batchUpdate(
                    "insert into budget_month (budget_id, month_no, portfolio, new_sales) values (?, ?, ?, ?)",
                    months.subList(from, Math.min(months.size(), from + BATCH)));
        }
        return budgets.size();
    }

    /** A budget row for the batch, its twelve equal months added to {@code months}. */
    private Object[] budget(
            List<Object[]> months,
            String kind,
            String key,
            Long employee,
            Long department,
            Long customer,
            int year,
            BigDecimal yearly) {
        long id = ids.take();
        Timestamp approved =
                Timestamp.from(
                        LocalDate.of(year - 1, 12, 15)
                                .atTime(12, 0)
                                .atZone(Formats.ZONE)
                                .toInstant());
        BigDecimal monthly = yearly.divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP);
        BigDecimal newSales =
                kind.equals("KEY_CUSTOMER")
                        ? BigDecimal.ZERO
                        : monthly.divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP);
        for (int m = 1; m <= 12; m++) {
            months.add(new Object[] {id, m, monthly, newSales});
        }
        return new Object[] {
            id, kind, year, key, employee, department, customer, approved, approved
        };
    }

    private Map<Long, BigDecimal> yearly(String sql, YearMonth lastLoaded) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        jdbc.query(
                sql,
                row -> {
                    sums.put(row.getLong(1), row.getBigDecimal(2));
                },
                Date.valueOf(lastLoaded.minusMonths(12).atDay(1)));
        return sums;
    }

    /**
     * A task per customer for its owner: seven in ten done in the last three months, the rest open
     * from ten days late to a month ahead.
     */
    int tasks(List<long[]> customers) {
        BatchInsert rows =
                new BatchInsert(
                        jdbc,
                        """
                insert into task (id, version, customer_id, description, assignee_id, created_by_id, due_date, done, done_at, source,
                created_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, 'MANUAL', ?)""");
        for (long[] customer : customers) {
            boolean done = random.nextInt(10) < 7;
            LocalDate due =
                    done
                            ? today.minusDays(1 + random.nextInt(90))
                            : today.plusDays(random.nextInt(41) - 10);
            Instant created = due.minusDays(7).atTime(9, 0).atZone(Formats.ZONE).toInstant();
            rows.add(
                    new Object[] {
                        ids.take(),
                        customer[0],
                        done ? "Sende oppdatert tilbud" : "Ringe og avtale neste møte",
                        customer[1],
                        customer[1],
                        Date.valueOf(due),
                        done,
                        done
                                ? Timestamp.from(due.atTime(15, 0).atZone(Formats.ZONE).toInstant())
                                : null,
                        Timestamp.from(created)
                    });
        }
        return rows.finish();
    }
}
