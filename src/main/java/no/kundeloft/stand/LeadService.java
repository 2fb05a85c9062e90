package no.kundeloft.stand;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.Texts;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.ContactForm;
import no.kundeloft.customer.ContactService;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerDetails;
import no.kundeloft.customer.CustomerForm;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.customer.OrganisationNumber;
import no.kundeloft.customer.PhoneNumbers;
import no.kundeloft.notification.Notice;
import no.kundeloft.notification.NotificationKind;
import no.kundeloft.notification.Notifications;
import no.kundeloft.organisation.Employee;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Leads: registered at a stand by whoever works it today, once per key the browser made (a save
 * repeated after a dropped connection is the same lead), routed by the stand team's rules, and
 * followed up by the seller or the callers of the list they went to — contacted, qualified into a
 * customer's contact, or closed.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated() and !hasRole('MEETING_BOOKER')")
@Transactional(readOnly = true)
public class LeadService {

    private final EntityManager entityManager;
    private final CustomerService customers;
    private final ContactService contacts;
    private final Notifications notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LeadRouter router;

    LeadService(
            EntityManager entityManager,
            CustomerService customers,
            ContactService contacts,
            Notifications notifications,
            CurrentUser currentUser,
            Clock clock,
            LeadRouter router) {
        this.router = router;
        this.entityManager = entityManager;
        this.customers = customers;
        this.contacts = contacts;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Saves a lead taken at a stand the user works today, with the consent text they showed;
     * refused without consent, without a phone number or e-mail, without a company name or number,
     * or with a wrong organisation number.
     */
    @Transactional
    public LeadSaved register(
            Long standId,
            @NotBlank @Size(max = 64) String clientKey,
            @Valid @NotNull LeadForm form,
            @NotBlank @Size(max = 1000) String consentText) {
        KundeloftUser user = currentUser.require();
        Stand stand = entityManager.find(Stand.class, standId, LockModeType.PESSIMISTIC_WRITE);
        if (stand == null
                || !stand.isOn(today())
                || stand.getSellers().stream()
                        .noneMatch(e -> e.getId().equals(user.employeeId()))) {
            throw new NotFoundException("Stand", standId);
        }
        Lead earlier =
                entityManager
                        .createQuery("select l from Lead l where l.clientKey = :key", Lead.class)
                        .setParameter("key", clientKey)
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElse(null);
        if (earlier != null) {
            if (!earlier.getTakenBy().getId().equals(user.employeeId())) {
                throw new LeadRefusedException("lead.refused.key");
            }
            return saved(earlier, known(earlier), true);
        }
        check(form);
        Lead lead =
                new Lead(
                        stand,
                        entityManager.getReference(Employee.class, user.employeeId()),
                        clock.instant(),
                        clientKey,
                        form,
                        consentText.strip());
        List<Customer> known = known(lead);
        router.route(lead, stand.getTeam(), known);
        entityManager.persist(lead);
        entityManager.flush();
        if (lead.getRoutedTo() != null) {
            notifications.send(
                    lead.getRoutedTo().getId(),
                    NotificationKind.LEAD_ASSIGNED,
                    Notifications.Actor.of(user),
                    Notice.of(
                            lead.getPersonName()
                                    + (lead.getCompany() == null ? "" : ", " + lead.getCompany()),
                            "stands"));
        }
        return saved(lead, known, false);
    }

    /** The leads the user took today at their stands, the latest first. */
    public List<LeadRow> takenToday() {
        return entityManager
                .createQuery(
                        """
                        select l from Lead l join fetch l.stand join fetch l.takenBy left join fetch l.routedTo left join fetch l.callList
                        where l.takenBy.id = :me and l.takenAt >= :from order by l.takenAt desc""",
                        Lead.class)
                .setParameter("me", currentUser.require().employeeId())
                .setParameter("from", today().atStartOfDay(Formats.ZONE).toInstant())
                .getResultList()
                .stream()
                .map(LeadService::row)
                .toList();
    }

    /**
     * The leads given to the user, or to a call list they call, not yet qualified or closed; the
     * oldest first.
     */
    public List<LeadRow> toFollowUp() {
        return entityManager
                .createQuery(
                        """
                        select l from Lead l join fetch l.stand join fetch l.takenBy left join fetch l.routedTo left join fetch l.callList c
                        where l.state in (no.kundeloft.stand.LeadState.NEW, no.kundeloft.stand.LeadState.CONTACTED)
                        and (l.routedTo.id = :me or exists (select 1 from CallList cl join cl.callers e where cl = c and e.id = :me))
                        order by l.takenAt""",
                        Lead.class)
                .setParameter("me", currentUser.require().employeeId())
                .getResultList()
                .stream()
                .map(LeadService::row)
                .toList();
    }

    /**
     * Customers the user sees that the lead may belong to: by organisation number, or a contact's
     * phone number or e-mail.
     */
    public List<Match> matches(Long leadId) {
        Lead lead = requireFollower(leadId);
        List<Long> ids = known(lead).stream().map(Customer::getId).toList();
        return customers.visibleAmong(ids).stream()
                .map(id -> new Match(id, entityManager.find(Customer.class, id).getName()))
                .toList();
    }

    /** A customer a lead may be. */
    public record Match(Long customerId, String name) {}

    @Transactional
    public LeadRow contacted(Long leadId) {
        Lead lead = requireFollower(leadId);
        lead.contacted(clock.instant());
        return row(lead);
    }

    @Transactional
    public LeadRow close(Long leadId, @NotBlank @Size(max = 500) String reason) {
        Lead lead = requireFollower(leadId);
        requireOpen(lead);
        lead.close(reason.strip(), clock.instant());
        return row(lead);
    }

    /**
     * Makes the lead a contact: at a customer the user sees, or at a new prospect of theirs (name
     * and sector needed). Refused like any new customer: a full portfolio, an organisation number
     * already taken.
     */
    @Transactional
    public LeadRow qualify(Long leadId, @Valid @NotNull QualifyForm form) {
        Lead lead = requireFollower(leadId);
        requireOpen(lead);
        Long customerId = form.existingCustomerId();
        if (customerId == null) {
            String name =
                    Texts.blankToNull(form.company()) == null
                            ? lead.getCompany()
                            : form.company().strip();
            if (name == null || form.sector() == null) {
                throw new LeadRefusedException("lead.refused.prospect");
            }
            CustomerForm prospect = new CustomerForm();
            prospect.setName(name);
            prospect.setOrgNumber(
                    Texts.blankToNull(form.orgNumber()) == null
                            ? lead.getOrgNumber()
                            : form.orgNumber());
            prospect.setSector(form.sector());
            prospect.setCountry("NO");
            prospect.setPostalCode(lead.getPostalCode());
            prospect.setStatus(CustomerStatus.PROSPECT);
            CustomerDetails created =
                    customers.create(prospect, currentUser.require().employeeId());
            customerId = created.id();
        } else {
            customers.requireVisible(customerId);
        }
        ContactForm person = new ContactForm();
        person.setFullName(lead.getPersonName());
        person.setEmail(lead.getEmail());
        person.setPhone(lead.getPhone());
        Long contactId = contacts.add(customerId, person);
        lead.qualified(
                entityManager.getReference(Customer.class, customerId),
                entityManager.getReference(Contact.class, contactId),
                clock.instant());
        return row(lead);
    }

    private void check(LeadForm form) {
        if (!form.isConsent()) {
            throw new LeadRefusedException("lead.refused.consent");
        }
        if (Texts.blankToNull(form.getPhone()) == null
                && Texts.blankToNull(form.getEmail()) == null) {
            throw new LeadRefusedException("lead.refused.reach");
        }
        if (Texts.blankToNull(form.getCompany()) == null
                && Texts.blankToNull(form.getOrgNumber()) == null) {
            throw new LeadRefusedException("lead.refused.company");
        }
        String orgNumber = OrganisationNumber.normalise(Texts.blankToNull(form.getOrgNumber()));
        if (orgNumber != null && !OrganisationNumber.isValid(orgNumber)) {
            throw new LeadRefusedException("lead.refused.orgNumber", form.getOrgNumber());
        }
        form.setOrgNumber(orgNumber);
    }

    /**
     * Customers the lead may already be: by organisation number, or a contact's phone number or
     * e-mail (at most three).
     */
    private List<Customer> known(Lead lead) {
        String orgNumber = lead.getOrgNumber();
        String phone = lead.getPhone();
        String email = lead.getEmail();
        List<Customer> found = new ArrayList<>();
        if (orgNumber != null) {
            found.addAll(
                    entityManager
                            .createQuery(
                                    "select c from Customer c where c.orgNumber = :number",
                                    Customer.class)
                            .setParameter("number", OrganisationNumber.normalise(orgNumber))
                            .getResultList());
        }
        String ending = PhoneNumbers.endingWith(phone);
        if (ending != null) {
            found.addAll(
                    entityManager
                            .createQuery(
                                    "select k.customer from Contact k where k.phoneDigits like :digits",
                                    Customer.class)
                            .setParameter("digits", ending)
                            .setMaxResults(3)
                            .getResultList());
        }
        if (email != null) {
            found.addAll(
                    entityManager
                            .createQuery(
                                    "select k.customer from Contact k where lower(k.email) = :email",
                                    Customer.class)
                            .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                            .setMaxResults(3)
                            .getResultList());
        }
        return found.stream().distinct().limit(3).toList();
    }

    private static LeadSaved saved(Lead lead, List<Customer> known, boolean again) {
        return new LeadSaved(
                lead.getId(),
                lead.getRoutedTo() == null ? null : lead.getRoutedTo().getFullName(),
                lead.getCallList() == null ? null : lead.getCallList().getName(),
                known.stream().map(Customer::getName).toList(),
                again);
    }

    private Lead requireFollower(Long leadId) {
        Long me = currentUser.require().employeeId();
        Lead lead = entityManager.find(Lead.class, leadId);
        boolean mine =
                lead != null
                        && (lead.getRoutedTo() != null && lead.getRoutedTo().getId().equals(me)
                                || lead.getCallList() != null
                                        && lead.getCallList().getCallers().stream()
                                                .anyMatch(e -> e.getId().equals(me)));
        if (!mine) {
            throw new NotFoundException("Lead", leadId);
        }
        return lead;
    }

    private static void requireOpen(Lead lead) {
        if (lead.getState() == LeadState.QUALIFIED || lead.getState() == LeadState.CLOSED) {
            throw new LeadRefusedException("lead.refused.done");
        }
    }

    static LeadRow row(Lead l) {
        return new LeadRow(
                l.getId(),
                l.getStand().getPlace(),
                l.getTakenAt(),
                l.getTakenBy().getFullName(),
                l.getPersonName(),
                l.getCompany(),
                l.getOrgNumber(),
                l.getPhone(),
                l.getEmail(),
                l.getPostalCode(),
                l.getInterest(),
                l.getState(),
                l.getRoutedTo() == null ? null : l.getRoutedTo().getFullName(),
                l.getCallList() == null ? null : l.getCallList().getName(),
                l.getContactedAt(),
                l.getConsentText(),
                l.getConsentAt());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
