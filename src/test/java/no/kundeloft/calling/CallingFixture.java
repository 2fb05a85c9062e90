package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.kundeloft.TestOrganisation.Scenario;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Team;
import no.kundeloft.security.SalesRole;

/**
 * A telesales team T5 in department Øst (lead5 leading tele1 and tele2), a primary contact with a
 * phone number at c2, c3 and c4 beside c1's, and a call list form drawing on T1 for tele1 and tele2
 * with am1 as the seller.
 */
public final class CallingFixture {

    public record Telesales(Employee lead5, Employee tele1, Employee tele2, Team t5) {}

    private CallingFixture() {}

    public static Telesales telesales(EntityManager em, Scenario s) {
        Employee lead5 = employee(em, "lead5", SalesRole.TEAM_LEADER, null);
        Team t5 = new Team("T5", s.t1().getDepartment(), false);
        em.persist(t5);
        t5.setLeader(lead5);
        lead5.setTeam(t5);
        Employee tele1 = employee(em, "tele1", SalesRole.TELESALES, t5);
        Employee tele2 = employee(em, "tele2", SalesRole.TELESALES, t5);
        int n = 0;
        for (Customer customer : List.of(s.c2(), s.c3(), s.c4())) {
            Contact contact =
                    new Contact(
                            customer,
                            "Kontakt " + customer.getName(),
                            "Daglig leder",
                            null,
                            "+47 900 00 00" + n++);
            contact.setPrimary(true);
            em.persist(contact);
        }
        em.flush();
        return new Telesales(lead5, tele1, tele2, t5);
    }

    public static CallListForm form(Scenario s, Telesales t, LocalDate today) {
        CallListForm form = new CallListForm();
        form.setName("Høstkampanje");
        form.setScript("Hei, dette er ...");
        form.setStartsOn(today.minusDays(1));
        form.setEndsOn(today.plusWeeks(2));
        form.setCallsFrom(LocalTime.of(8, 0));
        form.setCallsUntil(LocalTime.of(20, 0));
        form.setRetryMinutes(60);
        form.setMaxTries(2);
        form.setTeamIds(Set.of(s.t1().getId()));
        form.setCallerIds(Set.of(t.tele1().getId(), t.tele2().getId()));
        form.setSellerIds(Set.of(s.am1().getId()));
        return form;
    }

    private static Employee employee(EntityManager em, String username, SalesRole role, Team team) {
        Employee employee =
                new Employee(
                        username, username + " Testesen", username + "@test.example", role, "x");
        employee.setTeam(team);
        employee.setPreferredLanguage("en");
        em.persist(employee);
        return employee;
    }
}
