package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.CallForm;
import no.kundeloft.customer.CallLog;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.CustomerActivity;
import no.kundeloft.customer.PhoneNumbers;
import no.kundeloft.organisation.Employee;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.visit.FeedTokens;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Phone systems posting calls. Admins add a phone system (its token shown once) and revoke it. A
 * posted call is matched to the call its seller logged with that number around that time, and its
 * recording link is added to it; without one, the call is logged for the seller at the contact with
 * that number (reached from 20 seconds on).
 */
@Service
@Validated
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class PhoneCallService {

    /**
     * A logged call within this much of the posted one (before its start, after its end) is the
     * same call.
     */
    private static final Duration MATCH = Duration.ofMinutes(15);

    private static final int REACHED_SECONDS = 20;

    private final EntityManager entityManager;
    private final CallLog callLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    PhoneCallService(
            EntityManager entityManager, CallLog callLog, CurrentUser currentUser, Clock clock) {
        this.entityManager = entityManager;
        this.callLog = callLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<PhoneIntegrationRow> integrations() {
        return entityManager
                .createQuery(
                        "select p from PhoneIntegration p order by p.revokedAt nulls first, p.name",
                        PhoneIntegration.class)
                .getResultList()
                .stream()
                .map(
                        p ->
                                new PhoneIntegrationRow(
                                        p.getId(),
                                        p.getName(),
                                        p.getCreatedAt(),
                                        p.getLastUsedAt(),
                                        p.getRevokedAt()))
                .toList();
    }

    /** A new phone system; its token, shown this once. */
    @Transactional
    public String add(@NotBlank @Size(max = 100) String name) {
        String token = FeedTokens.newToken();
        entityManager.persist(
                new PhoneIntegration(
                        name.strip(),
                        FeedTokens.fingerprint(token),
                        entityManager.getReference(
                                Employee.class, currentUser.require().employeeId()),
                        clock.instant()));
        return token;
    }

    @Transactional
    public void revoke(Long id) {
        PhoneIntegration integration = entityManager.find(PhoneIntegration.class, id);
        if (integration == null) {
            throw new NotFoundException("PhoneIntegration", id);
        }
        if (integration.getRevokedAt() == null) {
            integration.revoke(clock.instant());
        }
    }

    /**
     * Takes a posted call from the phone system whose token this is; the id of the call it was
     * added to or logged as.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Long receive(String token, PhoneCall call) {
        PhoneIntegration integration =
                token == null
                        ? null
                        : entityManager
                                .createQuery(
                                        "select p from PhoneIntegration p where p.tokenHash = :hash and p.revokedAt is null",
                                        PhoneIntegration.class)
                                .setParameter("hash", FeedTokens.fingerprint(token))
                                .getResultList()
                                .stream()
                                .findFirst()
                                .orElse(null);
        if (integration == null) {
            throw new PhoneCallRejectedException("token", "unknown or revoked token");
        }
        Employee caller = caller(call.caller());
        String ending = ending(call.number());
        Instant start = start(call);
        int seconds = seconds(call.durationSeconds());
        String link = link(call.recordingUrl());
        CustomerActivity logged = loggedCall(caller, ending, start, seconds);
        if (logged == null) {
            Contact contact = contact(caller, ending);
            CallOutcome outcome =
                    seconds >= REACHED_SECONDS ? CallOutcome.REACHED : CallOutcome.NO_ANSWER;
            Long id =
                    callLog.log(
                                    contact.getCustomer(),
                                    caller,
                                    new CallForm(
                                            contact.getId(),
                                            outcome,
                                            (seconds + 59) / 60,
                                            null,
                                            null,
                                            null,
                                            null,
                                            null),
                                    null,
                                    start)
                            .id();
            logged = entityManager.find(CustomerActivity.class, id);
        }
        if (link != null) {
            attach(logged, link);
        }
        integration.used(clock.instant());
        return logged.getId();
    }

    private Employee caller(String caller) {
        if (caller == null || caller.isBlank()) {
            throw new PhoneCallRejectedException(
                    "caller", "the caller's username or e-mail is required");
        }
        return entityManager
                .createQuery(
                        "select e from Employee e where e.active = true and (e.username = :who or lower(e.email) = :who)",
                        Employee.class)
                .setParameter("who", caller.strip().toLowerCase(Locale.ROOT))
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(
                        () ->
                                new PhoneCallRejectedException(
                                        "caller", "no active user with this username or e-mail"));
    }

    /** The LIKE pattern for contacts' digits ending with the number's last eight. */
    private static String ending(String number) {
        String ending = PhoneNumbers.endingWith(number);
        if (ending == null) {
            throw new PhoneCallRejectedException(
                    "number", "a phone number of at least 8 digits is required");
        }
        return ending;
    }

    private Instant start(PhoneCall call) {
        if (call.startedAt() == null) {
            throw new PhoneCallRejectedException(
                    "startedAt", "the call's start (ISO 8601 with offset) is required");
        }
        Instant start = call.startedAt().toInstant();
        Instant now = clock.instant();
        if (start.isAfter(now.plus(Duration.ofMinutes(5)))
                || start.isBefore(now.minus(Duration.ofDays(30)))) {
            throw new PhoneCallRejectedException(
                    "startedAt", "the call must have started within the last 30 days");
        }
        return start;
    }

    private static int seconds(Integer seconds) {
        if (seconds == null || seconds < 0 || seconds > 36_000) {
            throw new PhoneCallRejectedException(
                    "durationSeconds", "the duration in seconds (0–36000) is required");
        }
        return seconds;
    }

    private static String link(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String link = url.strip();
        if (link.length() > 1000 || !(link.startsWith("https://") || link.startsWith("http://"))) {
            throw new PhoneCallRejectedException(
                    "recordingUrl",
                    "the recording's link must be an http(s) address of at most 1000 characters");
        }
        return link;
    }

    private CustomerActivity loggedCall(
            Employee caller, String ending, Instant start, int seconds) {
        return entityManager
                .createQuery(
                        """
                        select a from CustomerActivity a join a.contact k where a.author = :caller
                        and a.kind = no.kundeloft.customer.ActivityKind.CALL and k.phoneDigits like :digits
                        and a.occurredAt between :from and :to order by a.occurredAt desc""",
                        CustomerActivity.class)
                .setParameter("caller", caller)
                .setParameter("digits", ending)
                .setParameter("from", start.minus(MATCH))
                .setParameter("to", start.plusSeconds(seconds).plus(MATCH))
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** The contact with the number: one the seller has called before, else the first with it. */
    private Contact contact(Employee caller, String ending) {
        List<Contact> contacts =
                entityManager
                        .createQuery(
                                """
                        select k from Contact k join fetch k.customer where k.phoneDigits like :digits order by
                        case when exists (select 1 from CustomerActivity a where a.contact = k and a.author = :caller) then 0 else 1 end,
                        k.id""",
                                Contact.class)
                        .setParameter("digits", ending)
                        .setParameter("caller", caller)
                        .setMaxResults(1)
                        .getResultList();
        if (contacts.isEmpty()) {
            throw new PhoneCallRejectedException("number", "no contact has this number");
        }
        return contacts.getFirst();
    }

    private void attach(CustomerActivity call, String link) {
        CallRecording existing =
                entityManager
                        .createQuery(
                                "select r from CallRecording r where r.activityId = :id",
                                CallRecording.class)
                        .setParameter("id", call.getId())
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElse(null);
        if (existing != null && existing.isFile()) {
            return;
        }
        if (existing != null) {
            entityManager.remove(existing);
            entityManager.flush();
        }
        entityManager.persist(CallRecording.linked(call.getId(), link, clock.instant()));
    }
}
