package no.kundeloft.stand;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import no.kundeloft.base.Formats;
import no.kundeloft.calling.CallList;
import no.kundeloft.demo.DemoDataPart;
import no.kundeloft.demo.DemoDays;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Team;
import no.kundeloft.security.SalesRole;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's stands: `stand` and a colleague at Oslo S today with the morning's leads, and at Storo
 * Storsenter last week with leads routed to `am` (postcode 03…) and the team's call list — some
 * contacted, some waiting past 48 hours for `calllead` to see. Added again when the team has no
 * stand today.
 */
@Component
@Order(96)
class StandDemoData implements DemoDataPart {

    private static final String[][] PEOPLE = {
        {"Siv Berg", "Berg Bakeri AS", "+47 412 33 101", "0301", "Kaffeavtale for kontoret"},
        {"Tor Dahl", "Dahl Rør AS", "+47 412 33 102", "1470", "Service på maskinparken"},
        {"Una Holm", "Holm IT AS", "+47 412 33 103", "0150", "Lisenser til 20 ansatte"},
        {"Vegard Li", "Li Transport AS", "+47 412 33 104", "2000", "Rammeavtale neste år"},
        {"Wenche Sand", "Sand Regnskap AS", "+47 412 33 105", "0355", "Vil ha en demo"},
        {"Yngve Aas", "Aas Elektro AS", "+47 412 33 106", "3014", "Pris på utvidet service"},
        {"Åse Moen", "Moen Eiendom AS", "+47 412 33 107", "0468", "Bytte leverandør i vår"},
        {"Bjørn Vik", "Vik Bygg AS", "+47 412 33 108", "1405", "Tilbud på oppgradering"},
    };

    private final EntityManager entityManager;
    private final Clock clock;

    StandDemoData(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public void addIfMissing() {
        Employee lead =
                entityManager
                        .createQuery(
                                "select e from Employee e where e.username = 'calllead'",
                                Employee.class)
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElse(null);
        if (lead == null || lead.getTeam() == null) {
            return;
        }
        Team team = lead.getTeam();
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        boolean standToday =
                !entityManager
                        .createQuery(
                                "select s.id from Stand s where s.team = :team and s.startsOn <= :today and s.endsOn >= :today",
                                Long.class)
                        .setParameter("team", team)
                        .setParameter("today", today)
                        .getResultList()
                        .isEmpty();
        if (standToday) {
            return;
        }
        List<Employee> sellers =
                entityManager
                        .createQuery(
                                """
                        select e from Employee e where e.team = :team and e.role = no.kundeloft.security.SalesRole.FIELD_SALES
                        and e.active = true order by case when e.username = 'stand' then 0 else 1 end, e.id""",
                                Employee.class)
                        .setParameter("team", team)
                        .getResultList();
        Employee am =
                entityManager
                        .createQuery(
                                "select e from Employee e where e.username = 'am'", Employee.class)
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElse(null);
        CallList list =
                entityManager
                        .createQuery(
                                """
                        select l from CallList l where l.owner = :lead and l.stoppedAt is null and l.endsOn >= :today order by l.id desc""",
                                CallList.class)
                        .setParameter("lead", lead)
                        .setParameter("today", today)
                        .setMaxResults(1)
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElse(null);
        if (sellers.isEmpty() || am == null || am.getRole() != SalesRole.ACCOUNT_MANAGER) {
            return;
        }
        routing(team, am, list);
        LocalDate lastWeek = DemoDays.workday(today.minusDays(7));
        Stand storo =
                stand(
                        team,
                        lead,
                        "Storo Storsenter, ved hovedinngangen",
                        lastWeek,
                        lastWeek.plusDays(1),
                        sellers);
        Stand osloS = stand(team, lead, "Oslo S, hovedhallen", today, today, sellers);
        Instant now = clock.instant();
        for (int i = 0; i < PEOPLE.length; i++) {
            Instant at =
                    lastWeek.atTime(10, 0).atZone(Formats.ZONE).plusMinutes(50L * i).toInstant();
            Lead taken =
                    lead(
                            storo,
                            sellers.get(i % sellers.size()),
                            at,
                            "demo-storo-" + lastWeek + "-" + i,
                            PEOPLE[i]);
            taken.routeTo(
                    PEOPLE[i][3].startsWith("03") ? am : null,
                    PEOPLE[i][3].startsWith("03") || list == null ? null : list);
            if (i % 3 == 0) {
                taken.contacted(at.plus(Duration.ofHours(20)));
            }
            entityManager.persist(taken);
        }
        ZonedDateTime morning = today.atTime(9, 30).atZone(Formats.ZONE);
        for (int i = 0; i < 3; i++) {
            Instant at = morning.plusMinutes(35L * i).toInstant();
            if (at.isAfter(now)) {
                at = now.minus(Duration.ofMinutes(20L * (3 - i)));
            }
            String[] person = {
                PEOPLE[i][0] + " jr.",
                PEOPLE[(i + 3) % PEOPLE.length][1],
                "+47 413 44 20" + i,
                "0" + (150 + i),
                "Vil bli ringt i neste uke"
            };
            Lead taken =
                    lead(osloS, sellers.getFirst(), at, "demo-oslos-" + today + "-" + i, person);
            taken.routeTo(null, list);
            entityManager.persist(taken);
        }
    }

    private void routing(Team team, Employee am, CallList list) {
        if (entityManager.find(LeadRouting.class, team.getId()) != null) {
            return;
        }
        LeadRouting routing = new LeadRouting(team.getId());
        routing.set(
                list == null ? LeadRouting.Fallback.ROUND_ROBIN : LeadRouting.Fallback.CALL_LIST,
                list);
        entityManager.persist(routing);
        entityManager.persist(new LeadRule(team.getId(), 1, LeadRule.Kind.POSTCODE, "03", am));
    }

    private Stand stand(
            Team team,
            Employee lead,
            String place,
            LocalDate from,
            LocalDate to,
            List<Employee> sellers) {
        Stand stand = new Stand(team, lead, clock.instant());
        stand.describe(place, from, to, new HashSet<>(sellers));
        entityManager.persist(stand);
        return stand;
    }

    private static Lead lead(
            Stand stand, Employee seller, Instant at, String key, String[] person) {
        LeadForm form = new LeadForm();
        form.setPersonName(person[0]);
        form.setCompany(person[1]);
        form.setPhone(person[2]);
        form.setPostalCode(person[3]);
        form.setInterest(person[4]);
        form.setConsent(true);
        return new Lead(
                stand,
                seller,
                at,
                key,
                form,
                "Jeg samtykker i at Kundeløft kan kontakte meg på telefon eller e-post om sine tilbud. Jeg kan trekke samtykket når som helst.");
    }
}
