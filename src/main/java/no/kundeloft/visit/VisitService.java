package no.kundeloft.visit;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kundeloft.base.Formats;
import no.kundeloft.base.Texts;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.notification.Notice;
import no.kundeloft.notification.NotificationKind;
import no.kundeloft.notification.Notifications;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.People;
import no.kundeloft.pipeline.DealActivity;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import no.kundeloft.task.TaskSource;
import no.kundeloft.task.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Planning, booking, joining and reporting visits (the reads are {@link VisitQueries} and {@link
 * VisitReports}). No internal participant is ever booked twice at the same time.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('ADMIN')")
public class VisitService {

    private final VisitRepository visits;
    private final VisitAccess access;
    private final Notifications notifications;
    private final CustomerService customers;
    private final People people;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;
    private final DealActivity dealActivity;
    private final Tasks tasks;
    private final ObjectProvider<BookingGrants> grants;

    VisitService(
            VisitRepository visits,
            VisitAccess access,
            Notifications notifications,
            CustomerService customers,
            People people,
            CurrentUser currentUser,
            EntityManager entityManager,
            Clock clock,
            DealActivity dealActivity,
            Tasks tasks,
            ObjectProvider<BookingGrants> grants) {
        this.visits = visits;
        this.access = access;
        this.notifications = notifications;
        this.customers = customers;
        this.people = people;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
        this.dealActivity = dealActivity;
        this.tasks = tasks;
        this.grants = grants;
    }

    /**
     * Plans a visit. A seller hosts their own; a leader or manager may name a seller of their area
     * as host; a director schedules one with a seller as host and attends; a meeting booker books
     * one for a seller they serve and writes down the need. The host hears of what others plan.
     */
    @Transactional
    public VisitDetails plan(@Valid VisitForm form) {
        KundeloftUser user = currentUser.require();
        boolean granted =
                grants.stream().anyMatch(g -> g.mayBook(form.getCustomerId(), form.getHostId()));
        Customer customer =
                granted
                        ? entityManager.find(Customer.class, form.getCustomerId())
                        : visibleCustomer(form.getCustomerId());
        Employee host =
                granted
                        ? entityManager.find(Employee.class, form.getHostId())
                        : requireHost(user, form.getHostId());
        Visit visit = new Visit(customer, host);
        apply(visit, form, customer);
        if (granted || user.role() == SalesRole.MEETING_BOOKER) {
            if (form.getNeed() == null || form.getNeed().isBlank()) {
                throw new VisitRefusedException("visit.refused.needRequired");
            }
            visit.bookedBy(access.me(user), form.getNeed().strip());
        }
        if (user.role() == SalesRole.SALES_DIRECTOR) {
            visit.addParticipant(access.me(user), ParticipantStatus.ACCEPTED);
        }
        requireNoOverlap(visit);
        visit.markUpdated(user.fullName(), clock.instant());
        visits.saveAndFlush(visit);
        dealActivity.record(customer.getId(), host.getId(), clock.instant());
        if (!host.getId().equals(user.employeeId())) {
            tell(
                    host,
                    visit,
                    visit.getBookedBy() != null
                            ? NotificationKind.VISIT_BOOKED
                            : NotificationKind.VISIT_SCHEDULED,
                    user);
        }
        return access.details(visit);
    }

    /** Changes a planned visit; only its host may, and only from the version they saw. */
    @Transactional
    public VisitDetails update(Long id, @Valid VisitForm form) {
        KundeloftUser user = currentUser.require();
        Visit visit = access.lockedForHost(id, user, form.getVersion());
        if (!visit.getCustomer().getId().equals(form.getCustomerId())) {
            throw new VisitRefusedException("visit.refused.customerFixed");
        }
        Instant before = visit.getStartsAt();
        Instant beforeEnd = visit.getEndsAt();
        apply(visit, form, visit.getCustomer());
        requireNoOverlap(visit);
        visit.markUpdated(user.fullName(), clock.instant());
        visits.saveAndFlush(visit);
        if (!before.equals(visit.getStartsAt()) || !beforeEnd.equals(visit.getEndsAt())) {
            visit.getParticipants().stream()
                    .filter(
                            p ->
                                    p.getStatus() == ParticipantStatus.ACCEPTED
                                            || p.getStatus() == ParticipantStatus.REQUESTED)
                    .forEach(p -> tell(p.getEmployee(), visit, NotificationKind.VISIT_MOVED, user));
        }
        return access.details(visit);
    }

    /** Cancels a planned visit; participants hear of it. */
    @Transactional
    public VisitDetails cancel(Long id, long version) {
        KundeloftUser user = currentUser.require();
        Visit visit = access.lockedForHost(id, user, version);
        visit.cancel();
        visit.markUpdated(user.fullName(), clock.instant());
        visits.saveAndFlush(visit);
        visit.getParticipants().stream()
                .filter(p -> p.getStatus() == ParticipantStatus.ACCEPTED)
                .forEach(p -> tell(p.getEmployee(), visit, NotificationKind.VISIT_CANCELLED, user));
        return access.details(visit);
    }

    /**
     * The host's report after the visit: summary, outcome and next steps, each with an owner and a
     * due date.
     */
    @Transactional
    public VisitDetails report(
            Long id,
            long version,
            String summary,
            VisitOutcome outcome,
            List<FollowUpForm> followUps) {
        KundeloftUser user = currentUser.require();
        Visit visit = access.lockedForHost(id, user, version);
        if (visit.getStartsAt().isAfter(clock.instant())) {
            throw new VisitRefusedException("visit.refused.notYet");
        }
        if (summary == null || summary.isBlank()) {
            throw new VisitRefusedException("visit.refused.summaryRequired");
        }
        if (summary.length() > 4000) {
            throw new VisitRefusedException("visit.refused.tooLong", 4000);
        }
        int row = 0;
        for (FollowUpForm followUp : followUps) {
            row++;
            if (followUp.description() == null
                    || followUp.description().isBlank()
                    || followUp.ownerId() == null
                    || followUp.dueDate() == null) {
                throw new VisitRefusedException("visit.refused.followUpIncomplete", row);
            }
            if (followUp.description().strip().length() > 500) {
                throw new VisitRefusedException("visit.refused.tooLong", 500);
            }
        }
        visit.report(summary.strip(), outcome);
        for (FollowUpForm followUp : followUps) {
            tasks.add(
                    TaskSource.VISIT,
                    visit.getId(),
                    visit.getCustomer(),
                    access.me(user),
                    followUp.description().strip(),
                    entityManager.getReference(Employee.class, followUp.ownerId()),
                    followUp.dueDate(),
                    null);
        }
        visit.markUpdated(user.fullName(), clock.instant());
        visits.saveAndFlush(visit);
        dealActivity.record(visit.getCustomer().getId(), visit.getHost().getId(), clock.instant());
        return access.details(visit);
    }

    /**
     * Asks to join a planned visit as a director (or a leader) who may see it; refused when the
     * asker is already booked at that time, naming the other visit. The host hears of the request.
     */
    @Transactional
    public VisitDetails requestToJoin(Long id) {
        KundeloftUser user = currentUser.require();
        Visit visit = access.lockedVisible(id);
        if (!access.mayRequestToJoin(visit, user)) {
            throw new VisitRefusedException("visit.refused.cannotJoin");
        }
        requireFree(Set.of(user.employeeId()), visit);
        visit.addParticipant(access.me(user), ParticipantStatus.REQUESTED);
        visits.saveAndFlush(visit);
        tell(visit.getHost(), visit, NotificationKind.JOIN_REQUESTED, user);
        return access.details(visit);
    }

    /** The host accepts or declines a request to join; the one who asked hears the answer. */
    @Transactional
    public VisitDetails answer(Long id, Long participantEmployeeId, boolean accept) {
        KundeloftUser user = currentUser.require();
        Visit visit = access.lockedVisible(id);
        if (!visit.getHost().getId().equals(user.employeeId())) {
            throw new VisitRefusedException("visit.refused.onlyHost");
        }
        VisitParticipant participant =
                visit.participant(participantEmployeeId)
                        .filter(p -> p.getStatus() == ParticipantStatus.REQUESTED)
                        .orElseThrow(() -> new VisitRefusedException("visit.refused.noRequest"));
        if (accept) {
            requireFree(Set.of(participantEmployeeId), visit);
        }
        participant.setStatus(accept ? ParticipantStatus.ACCEPTED : ParticipantStatus.DECLINED);
        visit.markUpdated(user.fullName(), clock.instant());
        visits.saveAndFlush(visit);
        tell(
                participant.getEmployee(),
                visit,
                accept ? NotificationKind.JOIN_ACCEPTED : NotificationKind.JOIN_DECLINED,
                user);
        return access.details(visit);
    }

    /** A participant's debrief note on the report, once the visit has started. */
    @Transactional
    public VisitDetails debrief(Long id, String note) {
        KundeloftUser user = currentUser.require();
        Visit visit = access.lockedVisible(id);
        if (!access.mayDebrief(visit, user)) {
            throw new VisitRefusedException("visit.refused.cannotDebrief");
        }
        if (note == null || note.isBlank() || note.length() > 4000) {
            throw new VisitRefusedException("visit.refused.debriefRequired", 4000);
        }
        visit.setDebrief(note.strip());
        visit.markUpdated(user.fullName(), clock.instant());
        visits.saveAndFlush(visit);
        return access.details(visit);
    }

    private void apply(Visit visit, VisitForm form, Customer customer) {
        Instant start =
                form.getStart().truncatedTo(ChronoUnit.MINUTES).atZone(Formats.ZONE).toInstant();
        visit.schedule(start, start.plusSeconds(form.getDurationMinutes() * 60L));
        if (form.getMode() == VisitMode.VIDEO
                && (form.getVideoLink() == null || form.getVideoLink().isBlank())) {
            throw new VisitRefusedException("visit.refused.linkRequired");
        }
        if (form.getMode() == VisitMode.VIDEO && !VideoLinks.isSafe(form.getVideoLink())) {
            throw new VisitRefusedException("visit.refused.linkUnsafe");
        }
        visit.describe(
                form.getMode(),
                Texts.blankToNull(form.getLocation()),
                Texts.blankToNull(form.getVideoLink()),
                form.getPurpose().strip(),
                Texts.blankToNull(form.getAgenda()));
        Set<Contact> contacts = new HashSet<>();
        for (Long contactId : form.getContactIds()) {
            Contact contact = entityManager.find(Contact.class, contactId);
            if (contact == null || !contact.getCustomer().getId().equals(customer.getId())) {
                throw new VisitRefusedException("visit.refused.contactElsewhere");
            }
            contacts.add(contact);
        }
        visit.setContacts(contacts);
    }

    private void requireNoOverlap(Visit visit) {
        Set<Long> involved = new HashSet<>();
        involved.add(visit.getHost().getId());
        visit.getParticipants().stream()
                .filter(p -> p.getStatus() == ParticipantStatus.ACCEPTED)
                .forEach(p -> involved.add(p.getEmployee().getId()));
        requireFree(involved, visit);
    }

    private void requireFree(Set<Long> involved, Visit visit) {
        // Everyone the visit involves is locked first, so a second booking of one of them waits for
        // this one.
        people.lock(involved);
        Long except = visit.getId() == null ? -1L : visit.getId();
        List<Visit> clashes =
                visits.findOverlapping(involved, visit.getStartsAt(), visit.getEndsAt(), except);
        if (!clashes.isEmpty()) {
            Visit other = clashes.getFirst();
            Set<Long> busyPeople = new HashSet<>();
            busyPeople.add(other.getHost().getId());
            other.getParticipants().stream()
                    .filter(p -> p.getStatus() == ParticipantStatus.ACCEPTED)
                    .forEach(p -> busyPeople.add(p.getEmployee().getId()));
            busyPeople.retainAll(involved);
            String who =
                    entityManager.find(Employee.class, busyPeople.iterator().next()).getFullName();
            throw new VisitRefusedException(
                    "visit.refused.doubleBooked",
                    who,
                    other.getCustomer().getName(),
                    other.getStartsAt());
        }
    }

    private Customer visibleCustomer(Long customerId) {
        customers.requireVisible(customerId);
        return entityManager.find(Customer.class, customerId);
    }

    private Employee requireHost(KundeloftUser user, Long hostId) {
        boolean allowed =
                switch (user.role()) {
                    case ACCOUNT_MANAGER, KEY_ACCOUNT_MANAGER, TELESALES, FIELD_SALES ->
                            hostId.equals(user.employeeId());
                    default ->
                            hostId.equals(user.employeeId()) && user.role() == SalesRole.TEAM_LEADER
                                    || access.possibleHosts().stream()
                                            .anyMatch(h -> h.id().equals(hostId));
                };
        if (!allowed) {
            throw new VisitRefusedException("visit.refused.host");
        }
        return entityManager.find(Employee.class, hostId);
    }

    private void tell(Employee recipient, Visit visit, NotificationKind kind, KundeloftUser user) {
        notifications.send(
                recipient.getId(),
                kind,
                Notifications.Actor.of(user),
                new Notice(
                        visit.getCustomer().getName(),
                        visit.getStartsAt(),
                        null,
                        "visits/" + visit.getId()));
    }
}
