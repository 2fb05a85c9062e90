package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.CallForm;
import no.kundeloft.customer.CallLog;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.customer.CustomerActivity;
import no.kundeloft.demo.DemoDataPart;
import no.kundeloft.demo.DemoDays;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Team;
import no.kundeloft.security.SalesRole;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A running call list for the demo: `calllead` books meetings for Oslo Vekst and Viken Portefølje,
 * called by `caller`, the rest of the telesales team and `booker`, with two weeks of calls behind
 * it and some today. Added again when no list runs today, so the demo looks current whatever the
 * date.
 */
@Component
@Order(95)
class CallingDemoData implements DemoDataPart {

    private static final List<String> TEAMS = List.of("Oslo Vekst", "Viken Portefølje");
    private static final CallOutcome[] PAST = {
        CallOutcome.NO_ANSWER,
        CallOutcome.NO_ANSWER,
        CallOutcome.NO_ANSWER,
        CallOutcome.BUSY,
        CallOutcome.VOICEMAIL,
        CallOutcome.REACHED,
        CallOutcome.NOT_INTERESTED,
        CallOutcome.CALL_BACK
    };

    private final EntityManager entityManager;
    private final CallLog callLog;
    private final RecordingStore recordings;
    private final Clock clock;

    CallingDemoData(
            EntityManager entityManager, CallLog callLog, RecordingStore recordings, Clock clock) {
        this.entityManager = entityManager;
        this.callLog = callLog;
        this.recordings = recordings;
        this.clock = clock;
    }

    @Override
    public void addIfMissing() {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        boolean running =
                !entityManager
                        .createQuery(
                                """
                        select l.id from CallList l where l.stoppedAt is null and l.startsOn <= :today and l.endsOn >= :today""",
                                Long.class)
                        .setParameter("today", today)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
        Employee lead =
                entityManager
                        .createQuery(
                                "select e from Employee e where e.username = 'calllead'",
                                Employee.class)
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElse(null);
        if (running || lead == null || lead.getTeam() == null) {
            return;
        }
        List<Team> teams =
                entityManager
                        .createQuery("select t from Team t where t.name in :names", Team.class)
                        .setParameter("names", TEAMS)
                        .getResultList();
        List<Employee> callers =
                entityManager
                        .createQuery(
                                """
                        select e from Employee e where e.active = true and (e.team = :team and e.role = no.kundeloft.security.SalesRole.TELESALES
                        or e.username = 'booker') order by e.id""",
                                Employee.class)
                        .setParameter("team", lead.getTeam())
                        .getResultList();
        List<Employee> sellers =
                entityManager
                        .createQuery(
                                """
                        select e from Employee e join e.team t where t in :teams and e.active = true
                        and (e.role in :roles or t.leader = e and t.leaderHasOwnBudget = true)""",
                                Employee.class)
                        .setParameter("teams", teams)
                        .setParameter(
                                "roles",
                                Set.of(SalesRole.ACCOUNT_MANAGER, SalesRole.KEY_ACCOUNT_MANAGER))
                        .getResultList();
        CallList list = new CallList(lead, clock.instant());
        CallListForm form = new CallListForm();
        form.setName("Møtebooking Oslo Vekst og Viken");
        form.setScript(
                """
                Hei, dette er <navn> fra Kundeløft. Jeg ringer fordi vi hjelper bedrifter som deres med å få mer ut av \
                avtalen de har i dag.

                1. Hvordan løser dere dette i dag, og hvem er involvert?
                2. Hva fungerer godt, og hva skulle dere ønske var enklere?
                3. Tilby et kort møte med kundeansvarlig (30 min, på stedet eller video).

                Innvendinger: «Vi har det vi trenger» → spør hva som skal til for å vurdere et alternativ neste år.""");
        form.setStartsOn(DemoDays.workday(today.minusWeeks(2)));
        form.setEndsOn(today.plusWeeks(6));
        // round the clock, so the demo (and its browser test) can call at whatever hour it is shown
        form.setCallsFrom(LocalTime.MIDNIGHT);
        form.setCallsUntil(LocalTime.of(23, 59));
        list.describe(form, new HashSet<>(teams), new HashSet<>(callers), new HashSet<>(sellers));
        entityManager.persist(list);
        entityManager.flush();
        ContactSelection selection = ContactSelection.standard();
        selection
                .bind(
                        entityManager
                                .createNativeQuery(
                                        "insert into call_list_entry (id, version, call_list_id, customer_id, contact_id, state, tries)"
                                                + " select nextval('entity_seq'), 0, :listId, c.id, k.id, 'WAITING', 0"
                                                + selection.candidates()
                                                + " and k.do_not_call = false and not "
                                                + ContactSelection.declined())
                                .setParameter("listId", list.getId()),
                        teams.stream().map(Team::getId).collect(Collectors.toSet()),
                        clock.instant())
                .executeUpdate();
        callSome(
                list,
                callers.stream().filter(c -> c.getRole() == SalesRole.TELESALES).toList(),
                today);
        recordAndReview(list, lead);
    }

    /**
     * Recordings (generated sound, a quarter of a minute each) of the list's ten latest
     * conversations; the team leader has reviewed the older half, the rest wait to be listened to.
     */
    private void recordAndReview(CallList list, Employee lead) {
        List<CustomerActivity> conversations =
                entityManager
                        .createQuery(
                                "select a from CustomerActivity a where a.callListId = :list and a.outcome in :outcomes order by a.occurredAt desc",
                                CustomerActivity.class)
                        .setParameter("list", list.getId())
                        .setParameter(
                                "outcomes",
                                List.of(
                                        CallOutcome.REACHED,
                                        CallOutcome.NOT_INTERESTED,
                                        CallOutcome.CALL_BACK))
                        .setMaxResults(10)
                        .getResultList();
        List<ReviewCriterion> criteria =
                entityManager
                        .createQuery(
                                "select c from ReviewCriterion c where c.active = true order by c.position",
                                ReviewCriterion.class)
                        .getResultList();
        Random random = new Random(2026_12_03L);
        for (int i = 0; i < conversations.size(); i++) {
            CustomerActivity call = conversations.get(i);
            byte[] audio = DemoAudio.conversation(15, random);
            CallRecording recording =
                    CallRecording.file(
                            call.getId(),
                            "audio/wav",
                            audio.length,
                            call.getAuthor(),
                            call.getOccurredAt());
            entityManager.persist(recording);
            entityManager.flush();
            try {
                recordings.write(recording.getId(), new ByteArrayInputStream(audio));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (i >= conversations.size() / 2 && !criteria.isEmpty()) {
                CallReview review = new CallReview(call.getId(), lead);
                Map<Long, Integer> scores = new HashMap<>();
                criteria.forEach(c -> scores.put(c.getId(), 2 + random.nextInt(4)));
                review.score(
                        scores,
                        i % 2 == 0
                                ? "God åpning og tydelig agenda. Still ett spørsmål til om behovet før du foreslår møte."
                                : "Fin tone. Husk å avslutte med en konkret neste avtale.",
                        call.getOccurredAt().plusSeconds(3600));
                entityManager.persist(review);
            }
        }
    }

    /** Two weeks of calls by the telesales sellers, a few each workday, and some this morning. */
    private void callSome(CallList list, List<Employee> callers, LocalDate today) {
        if (callers.isEmpty()) {
            return;
        }
        List<CallListEntry> entries =
                entityManager
                        .createQuery(
                                "select e from CallListEntry e join fetch e.customer join fetch e.contact where e.callList = :list order by e.id",
                                CallListEntry.class)
                        .setParameter("list", list)
                        .getResultList();
        Random random = new Random(2026_12_02L);
        Instant now = clock.instant();
        int next = 0;
        for (LocalDate day = list.getStartsOn();
                !day.isAfter(today) && next < entries.size();
                day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY
                    || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int i = 0; i < 25 && next < entries.size(); i++) {
                Employee caller = callers.get(random.nextInt(callers.size()));
                ZonedDateTime at =
                        day.atTime(9, 0).atZone(Formats.ZONE).plusMinutes(random.nextInt(420));
                if (!at.toInstant().isBefore(now)) {
                    at = ZonedDateTime.ofInstant(now, Formats.ZONE).minusMinutes(7L * (i + 1));
                }
                call(
                        entries.get(next++),
                        caller,
                        PAST[random.nextInt(PAST.length)],
                        at.toInstant(),
                        today);
            }
        }
    }

    private void call(
            CallListEntry entry,
            Employee caller,
            CallOutcome outcome,
            Instant at,
            LocalDate today) {
        boolean callBack = outcome == CallOutcome.CALL_BACK;
        LocalDate backOn = DemoDays.workday(today.plusDays(1));
        CallForm form =
                new CallForm(
                        entry.getContact().getId(),
                        outcome,
                        outcome.isConversation() ? 4 : 0,
                        outcome == CallOutcome.REACHED
                                ? "Interessert, vil ha tilbud på e-post først."
                                : null,
                        outcome == CallOutcome.NOT_INTERESTED
                                ? "Fornøyd med dagens leverandør"
                                : null,
                        callBack ? "Ring tilbake " + entry.getContact().getFullName() : null,
                        callBack ? backOn : null,
                        callBack ? LocalTime.of(10, 0) : null);
        callLog.log(entry.getCustomer(), caller, form, entry.getCallList().getId(), at);
        entry.called(
                outcome,
                at,
                caller,
                callBack ? backOn.atTime(10, 0).atZone(Formats.ZONE).toInstant() : null);
    }
}
