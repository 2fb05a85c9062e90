package no.kundeloft.dataset;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.OrganisationNumber;
import no.kundeloft.revenue.CreditedRevenue;
import no.kundeloft.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a generated organisation at a scale: per unit two teams of a leader,
 * seven account managers and a key account manager (so scale 20 is 40 teams and 370 people), 2,500
 * customers with two contacts each, 36 months of revenue for the active ones up to last month, two
 * visits and two calls per customer, and the work on top ({@link DataSetWork}: deals, budgets,
 * tasks; {@link DataSetPlans}: account plans). The same scale gives the same data (one seed), dated
 * from today. Rows go in by JDBC batches with ids taken from the entity sequence.
 */
@Component
public class DataSetGenerator {

    static final int CUSTOMERS_PER_SCALE = 2_500;
    static final int TEAMS_PER_SCALE = 2;
    static final int ACCOUNT_MANAGERS_PER_TEAM = 7;
    static final int KEY_CUSTOMERS_PER_KAM = 8;
    static final int MONTHS = 36;
    private static final int BATCH = 1_000;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final CreditedRevenue credited;
    private final DataSetActivity activity;

    DataSetGenerator(
            JdbcTemplate jdbc,
            PasswordEncoder passwords,
            Clock clock,
            CreditedRevenue credited,
            DataSetActivity activity) {
        this.credited = credited;
        this.activity = activity;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** What was made, for the command's report. */
    public record Made(
            int people,
            int teams,
            int customers,
            int contacts,
            long revenueRows,
            int visits,
            int calls,
            int deals,
            int budgets,
            int tasks,
            int plans) {}

    /** Whether the database has no people yet, the only kind it fills. */
    public boolean isEmpty() {
        Long people = jdbc.queryForObject("select count(*) from employee", Long.class);
        return people == null || people == 0;
    }

    /**
     * Generates the data set; {@code progress} hears what is being done as it goes. Refused on a
     * database that has people already.
     */
    public Made generate(int scale, String password, Consumer<String> progress) {
        if (scale < 1 || scale > 200) {
            throw new IllegalArgumentException("The scale is a whole number from 1 to 200");
        }
        if (!isEmpty()) {
            throw new IllegalStateException(
                    "The database has people already; the data set fills only an empty one");
        }
        SequenceIds ids = new SequenceIds(jdbc);
        Random random = new Random(2026_12_02L + scale);
        String hash = passwords.encode(password);
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);

        Organisation org = organisation(scale, ids, hash, random);
        progress.accept("people: " + org.people + " in " + org.teams.size() + " teams");
        List<long[]> customers = customers(scale, org, ids, random, today);
        progress.accept("customers: " + customers.size());
        int contacts = activity.contacts(customers, ids, random);
        progress.accept("contacts: " + contacts);
        long revenue = revenue(customers, ids, random, lastMonth, progress);
        jdbc.update("update revenue_load set loaded_through = ?", lastMonth.atDay(1));
        credited.rebuild();
        progress.accept("revenue credited per seller and month");
        int visits = activity.visits(customers, ids, random, today);
        progress.accept("visits: " + visits);
        int calls = activity.calls(customers, ids, random, today);
        progress.accept("calls: " + calls);
        DataSetWork work = new DataSetWork(jdbc, ids, random, today);
        int deals = work.deals(customers);
        progress.accept("deals: " + deals);
        int budgets = work.budgets(lastMonth);
        progress.accept("budgets: " + budgets);
        int tasks = work.tasks(customers);
        int plans = new DataSetPlans(jdbc, ids, random, today).plans(customers);
        progress.accept("tasks: " + tasks + ", account plans: " + plans);
        return new Made(
                org.people,
                org.teams.size(),
                customers.size(),
                contacts,
                revenue,
                visits,
                calls,
                deals,
                budgets,
                tasks,
                plans);
    }

    private record Team(long id, long leader, List<Long> accountManagers, long keyAccountManager) {}

    private record Organisation(int people, List<Team> teams) {}

    private Organisation organisation(int scale, SequenceIds ids, String hash, Random random) {
        List<Object[]> people = new ArrayList<>();
        List<Team> teams = new ArrayList<>();
        List<long[]> divisionDirector = new ArrayList<>();
        List<long[]> departmentManager = new ArrayList<>();
        String[] sectors = {"PRIVATE", "PUBLIC"};
        int teamCount = scale * TEAMS_PER_SCALE;
        int departments = Math.max(2, teamCount / 5);
        long[] divisionIds = new long[2];
        for (int d = 0; d < 2; d++) {
            divisionIds[d] = ids.take();
            long director = ids.take();
            people.add(person(director, "ds.director" + (d + 1), Roles.SALES_DIRECTOR, null, hash));
            jdbc.update(
                    "insert into division (id, version, name, country, sector, director_id) values (?, 0, ?, 'NO', ?, null)",
                    divisionIds[d],
                    "Divisjon " + (d + 1),
                    sectors[d]);
            divisionDirector.add(new long[] {divisionIds[d], director});
        }
        long[] departmentIds = new long[departments];
        for (int p = 0; p < departments; p++) {
            departmentIds[p] = ids.take();
            long manager = ids.take();
            people.add(person(manager, "ds.manager" + (p + 1), Roles.SALES_MANAGER, null, hash));
            jdbc.update(
                    "insert into department (id, version, name, division_id, manager_id) values (?, 0, ?, ?, null)",
                    departmentIds[p],
                    "Avdeling " + (p + 1),
                    divisionIds[p % 2]);
            departmentManager.add(new long[] {departmentIds[p], manager});
        }
        int n = 0;
        for (int t = 0; t < teamCount; t++) {
            long team = ids.take();
            jdbc.update(
                    "insert into team (id, version, name, department_id, leader_id, leader_has_own_budget) values (?, 0, ?, ?, null, ?)",
                    team,
                    "Team " + (t + 1),
                    departmentIds[t % departments],
                    t % 2 == 0);
            long leader = ids.take();
            people.add(person(leader, "ds.leader" + (t + 1), Roles.TEAM_LEADER, team, hash));
            List<Long> ams = new ArrayList<>();
            for (int a = 0; a < ACCOUNT_MANAGERS_PER_TEAM; a++) {
                long am = ids.take();
                people.add(person(am, "ds.am" + (++n), Roles.ACCOUNT_MANAGER, team, hash));
                ams.add(am);
            }
            long kam = ids.take();
            people.add(person(kam, "ds.kam" + (t + 1), Roles.KEY_ACCOUNT_MANAGER, team, hash));
            teams.add(new Team(team, leader, ams, kam));
        }
        jdbc.batchUpdate(
                """
                insert into employee (id, version, username, full_name, email, sales_role, team_id, active, password_hash,
                password_change_required, preferred_language) values (?, 0, ?, ?, ?, ?, ?, true, ?, false, 'en')""",
                people);
        for (long[] row : divisionDirector) {
            jdbc.update("update division set director_id = ? where id = ?", row[1], row[0]);
        }
        for (long[] row : departmentManager) {
            jdbc.update("update department set manager_id = ? where id = ?", row[1], row[0]);
        }
        for (Team team : teams) {
            jdbc.update("update team set leader_id = ? where id = ?", team.leader(), team.id());
        }
        return new Organisation(people.size(), teams);
    }

    private static Object[] person(long id, String username, String role, Long team, String hash) {
        String name = "Ds " + username.substring(3);
        return new Object[] {id, username, name, username + "@dataset.example", role, team, hash};
    }

    /** Customers (id, owner, active 1/0, key 1/0) with their ownership periods. */
    private List<long[]> customers(
            int scale, Organisation org, SequenceIds ids, Random random, LocalDate today) {
        List<long[]> customers = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> periods = new ArrayList<>();
        int total = scale * CUSTOMERS_PER_SCALE;
        int keyPerTeam = KEY_CUSTOMERS_PER_KAM;
        int perTeam = total / org.teams().size();
        int number = 0;
        for (Team team : org.teams()) {
            for (int c = 0; c < perTeam; c++) {
                boolean key = c < keyPerTeam;
                long owner =
                        key
                                ? team.keyAccountManager()
                                : team.accountManagers().get(c % team.accountManagers().size());
                boolean active = key || random.nextInt(100) < 85;
                long id = ids.take();
                LocalDate since = today.minusMonths(1 + random.nextInt(120)).withDayOfMonth(1);
                String orgNumber = orgNumber(++number);
                rows.add(
                        new Object[] {
                            id,
                            "Kunde " + number + " AS",
                            orgNumber,
                            random.nextBoolean() ? "PRIVATE" : "PUBLIC",
                            INDUSTRIES[random.nextInt(INDUSTRIES.length)],
                            String.format("%04d", 100 + random.nextInt(9000)),
                            active ? "ACTIVE" : "PROSPECT",
                            key ? "KEY" : "STANDARD",
                            owner,
                            active ? since : null
                        });
                periods.add(
                        new Object[] {
                            ids.take(),
                            id,
                            owner,
                            active ? since : today.minusMonths(2).withDayOfMonth(1)
                        });
                customers.add(new long[] {id, owner, active ? 1 : 0, key ? 1 : 0});
                if (rows.size() == BATCH) {
                    flushCustomers(rows, periods);
                }
            }
        }
        flushCustomers(rows, periods);
        return customers;
    }

    private static final String[] INDUSTRIES = {
        "Bygg og anlegg",
        "Handel",
        "Industri",
        "Transport",
        "Helse",
        "Undervisning",
        "Eiendom",
        "IT",
        "Finans",
        "Offentlig forvaltning"
    };

    private void flushCustomers(List<Object[]> rows, List<Object[]> periods) {
        jdbc.batchUpdate(
                """
                insert into customer (id, version, name, org_number, sector, industry, country, postal_code, status, tier, owner_id,
                customer_since) values (?, 0, ?, ?, ?, ?, 'NO', ?, ?, ?, ?, ?)""",
                rows);
        jdbc.batchUpdate(
                "insert into customer_ownership (id, version, customer_id, owner_id, valid_from, valid_to) values (?, 0, ?, ?, ?, null)",
                periods);
        rows.clear();
        periods.clear();
    }

    /**
     * A valid organisation number for the n-th customer (9 digits, MOD11), from 9xxxxxxxx; n skips
     * numbers without one.
     */
    private static String orgNumber(int n) {
        for (int candidate = n * 4; ; candidate++) {
            String firstEight = String.format("9%07d", candidate % 10_000_000);
            Integer check = OrganisationNumber.checkDigit(firstEight);
            if (check != null) {
                return firstEight + check;
            }
        }
    }

    private long revenue(
            List<long[]> customers,
            SequenceIds ids,
            Random random,
            YearMonth lastMonth,
            Consumer<String> progress) {
        List<Object[]> rows = new ArrayList<>();
        long count = 0;
        long expected = customers.stream().filter(c -> c[2] == 1).count() * MONTHS;
        long reported = 0;
        for (long[] customer : customers) {
            if (customer[2] == 0) {
                continue;
            }
            double base =
                    customer[3] == 1
                            ? 400_000 + random.nextInt(600_000)
                            : 5_000 + random.nextInt(40_000);
            for (int m = MONTHS - 1; m >= 0; m--) {
                YearMonth month = lastMonth.minusMonths(m);
                double seasonal = 1 + 0.15 * Math.sin(month.getMonthValue() / 12.0 * 2 * Math.PI);
                double growth = 1 + 0.004 * (MONTHS - m);
                BigDecimal amount =
                        BigDecimal.valueOf(
                                Math.round(
                                        base
                                                * seasonal
                                                * growth
                                                * (0.85 + random.nextDouble() * 0.3)));
                rows.add(new Object[] {ids.take(), customer[0], month.atDay(1), amount});
                count++;
                if (rows.size() == BATCH * 5) {
                    jdbc.batchUpdate(
                            "insert into revenue_entry (id, version, customer_id, revenue_month, amount) values (?, 0, ?, ?, ?)",
                            rows);
                    rows.clear();
                }
            }
            if (count - reported >= 100_000) {
                reported = count;
                progress.accept(bar(count, expected));
            }
        }
        jdbc.batchUpdate(
                "insert into revenue_entry (id, version, customer_id, revenue_month, amount) values (?, 0, ?, ?, ?)",
                rows);
        progress.accept(bar(count, expected));
        return count;
    }

    private static String bar(long done, long of) {
        int width = 30;
        int filled = (int) (width * done / Math.max(1, of));
        return "revenue ["
                + "#".repeat(filled)
                + " ".repeat(width - filled)
                + "] "
                + done
                + " / "
                + of;
    }
}
