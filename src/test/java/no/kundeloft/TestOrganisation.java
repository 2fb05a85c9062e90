package no.kundeloft;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerOwnership;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.organisation.Department;
import no.kundeloft.organisation.Division;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Sector;
import no.kundeloft.organisation.Team;
import no.kundeloft.security.SalesRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small organisation for tests, built in the caller's transaction:
 *
 * <pre>
 * Division Privat (dir1) ─ Dept Øst (mgrA) ─ Team T1 (lead1, own budget): am1 [c1, c2], am2 [c3], kam1 [k1 KEY]
 *                        │                 └ Team T2 (lead2): am3 [c4]
 *                        └ Dept Vest (mgrB) ─ Team T3 (lead3): am4 [c5]
 * Division Offentlig (dir2) ─ Dept Stat (mgrC) ─ Team T4 (lead4): am5 [c6]
 * booker serves T1; admin administers.
 * </pre>
 */
@Component
public class TestOrganisation {

    public static final String PASSWORD = "correct horse battery";
    private static final String PASSWORD_HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

    @PersistenceContext private EntityManager em;
    @Autowired private Clock clock;

    /** The people and customers of the test organisation. */
    public record Scenario(
            Employee admin,
            Employee dir1,
            Employee dir2,
            Employee mgrA,
            Employee mgrB,
            Employee lead1,
            Employee lead2,
            Employee am1,
            Employee am2,
            Employee kam1,
            Employee am3,
            Employee am4,
            Employee am5,
            Employee booker,
            Customer c1,
            Customer c2,
            Customer c3,
            Customer k1,
            Customer c4,
            Customer c5,
            Customer c6,
            Team t1,
            Team t2) {}

    /**
     * Sets through which month the organisation's revenue is loaded, in the caller's transaction,
     * and empties the persistence context so no stale copy is read; the test organisation starts
     * with it loaded through the month before the test clock's.
     */
    public void revenueLoadedThrough(YearMonth month) {
        em.flush();
        setLoadedThrough(month);
        em.clear();
    }

    private void setLoadedThrough(YearMonth month) {
        em.createNativeQuery("update revenue_load set loaded_through = ?1")
                .setParameter(1, month == null ? null : month.atDay(1))
                .executeUpdate();
    }

    @Transactional
    public Scenario create() {
        Employee admin = employee("admin", SalesRole.ADMIN, null);
        Employee dir1 = employee("dir1", SalesRole.SALES_DIRECTOR, null);
        Employee dir2 = employee("dir2", SalesRole.SALES_DIRECTOR, null);
        Division privat = division("Privat", Sector.PRIVATE, dir1);
        Division offentlig = division("Offentlig", Sector.PUBLIC, dir2);
        Employee mgrA = employee("mgrA", SalesRole.SALES_MANAGER, null);
        Employee mgrB = employee("mgrB", SalesRole.SALES_MANAGER, null);
        Employee mgrC = employee("mgrC", SalesRole.SALES_MANAGER, null);
        Department east = department("Øst", privat, mgrA);
        Department west = department("Vest", privat, mgrB);
        Department state = department("Stat", offentlig, mgrC);
        Employee lead1 = employee("lead1", SalesRole.TEAM_LEADER, null);
        Employee lead2 = employee("lead2", SalesRole.TEAM_LEADER, null);
        Employee lead3 = employee("lead3", SalesRole.TEAM_LEADER, null);
        Employee lead4 = employee("lead4", SalesRole.TEAM_LEADER, null);
        Team t1 = team("T1", east, true, lead1);
        Team t2 = team("T2", east, false, lead2);
        Team t3 = team("T3", west, false, lead3);
        Team t4 = team("T4", state, false, lead4);
        Employee am1 = employee("am1", SalesRole.ACCOUNT_MANAGER, t1);
        Employee am2 = employee("am2", SalesRole.ACCOUNT_MANAGER, t1);
        Employee kam1 = employee("kam1", SalesRole.KEY_ACCOUNT_MANAGER, t1);
        Employee am3 = employee("am3", SalesRole.ACCOUNT_MANAGER, t2);
        Employee am4 = employee("am4", SalesRole.ACCOUNT_MANAGER, t3);
        Employee am5 = employee("am5", SalesRole.ACCOUNT_MANAGER, t4);
        Employee booker = employee("booker", SalesRole.MEETING_BOOKER, null);
        booker.getServedTeams().add(t1);

        Customer c1 = customer("Fjordkraft Bygg AS", "923609016", am1, CustomerTier.STANDARD);
        Customer c2 = customer("Havbris Transport AS", "914778271", am1, CustomerTier.STANDARD);
        Customer c3 = customer("Tinde Elektro AS", "982463718", am2, CustomerTier.STANDARD);
        Customer k1 = customer("Nordlys Konsern ASA", "974760673", kam1, CustomerTier.KEY);
        Customer c4 = customer("Glomma Data AS", "971526920", am3, CustomerTier.STANDARD);
        Customer c5 = customer("Bergen Rør AS", "937052766", am4, CustomerTier.STANDARD);
        Customer c6 = customer("Tromsø kommune", "940101808", am5, CustomerTier.STANDARD);
        c6.setSector(Sector.PUBLIC);
        c1.setIndustry("Bygg og anlegg");
        Contact primary =
                new Contact(
                        c1,
                        "Kari Fjeld",
                        "Innkjøpssjef",
                        "kari@fjordkraft.example",
                        "+47 912 34 567");
        primary.setPrimary(true);
        em.persist(primary);
        em.persist(new Contact(c1, "Per Lund", "Daglig leder", null, null));
        CustomerOwnership earlier = new CustomerOwnership(c1, am2, LocalDate.of(2020, 1, 1));
        earlier.end(LocalDate.of(2026, 3, 1));
        em.persist(earlier);
        em.persist(new CustomerOwnership(c1, am1, LocalDate.of(2026, 3, 1)));
        for (Customer customer : List.of(c2, c3, k1, c4, c5, c6)) {
            em.persist(
                    new CustomerOwnership(
                            customer, customer.getOwner(), customer.getCustomerSince()));
        }
        em.flush();
        setLoadedThrough(YearMonth.now(clock).minusMonths(1));
        return new Scenario(
                admin, dir1, dir2, mgrA, mgrB, lead1, lead2, am1, am2, kam1, am3, am4, am5, booker,
                c1, c2, c3, k1, c4, c5, c6, t1, t2);
    }

    private Employee employee(String username, SalesRole role, Team team) {
        Employee employee =
                new Employee(
                        username,
                        username + " Testesen",
                        username + "@test.example",
                        role,
                        PASSWORD_HASH);
        employee.setTeam(team);
        employee.setPreferredLanguage("en");
        em.persist(employee);
        return employee;
    }

    private Division division(String name, Sector sector, Employee director) {
        Division division = new Division(name, "NO", sector);
        division.setDirector(director);
        em.persist(division);
        return division;
    }

    private Department department(String name, Division division, Employee manager) {
        Department department = new Department(name, division);
        department.setManager(manager);
        em.persist(department);
        return department;
    }

    private Team team(String name, Department department, boolean ownBudget, Employee leader) {
        Team team = new Team(name, department, ownBudget);
        team.setLeader(leader);
        em.persist(team);
        leader.setTeam(team);
        return team;
    }

    private Customer customer(String name, String orgNumber, Employee owner, CustomerTier tier) {
        Customer customer = new Customer(name, orgNumber, Sector.PRIVATE, owner);
        customer.setTier(tier);
        customer.setStatus(CustomerStatus.ACTIVE);
        customer.setCustomerSince(LocalDate.of(2020, 1, 1));
        em.persist(customer);
        return customer;
    }
}
