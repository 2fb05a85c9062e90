package no.kundeloft.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.Texts;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.People;
import no.kundeloft.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Logging notes and calls (with their outcomes) at customers in scope; the customer timeline reads them. */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ActivityService {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_NEXT_STEP = 500;

    private final CustomerActivityRepository activities;
    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final OrganisationService organisation;
    private final People people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ActivityService(CustomerActivityRepository activities, CustomerRepository customers, ContactRepository contacts,
                    OrganisationService organisation, People people, CurrentUser currentUser, Clock clock,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.contacts = contacts;
        this.activities = activities;
        this.customers = customers;
        this.organisation = organisation;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Logs a note on a customer, signed by the current user now. */
    @Transactional
    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER','KEY_ACCOUNT_MANAGER','TELESALES','FIELD_SALES','TEAM_LEADER','SALES_MANAGER','ADMIN')")
    public ActivityItem logNote(Long customerId, @NotBlank @Size(max = MAX_TEXT) String text) {
        Customer customer = requireInScope(customerId);
        CustomerActivity activity = new CustomerActivity(customer, people.me(), ActivityKind.NOTE, clock.instant(), text.trim(), null);
        ActivityItem saved = ActivityItem.of(activities.save(activity));
        events.publishEvent(new CustomerActivityLogged(customerId, activity.getAuthor().getId(), activity.getOccurredAt()));
        return saved;
    }

    /**
     * Logs a call: with a contact of the customer (optional), its outcome and length, notes, the reason a contact
     * is not interested (required then), and a next step that becomes the caller's task — a call back needs its
     * day and time, any other next step its day.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER','KEY_ACCOUNT_MANAGER','TELESALES','FIELD_SALES','TEAM_LEADER','SALES_MANAGER','ADMIN')")
    public ActivityItem logCall(Long customerId, @Valid @NotNull CallForm call) {
        Customer customer = requireInScope(customerId);
        Contact contact = call.contactId() == null ? null : contacts.findById(call.contactId())
                .filter(c -> c.getCustomer().getId().equals(customerId))
                .orElseThrow(() -> new NotFoundException("Contact", call.contactId()));
        String reason = Texts.blankToNull(call.reason());
        String step = Texts.blankToNull(call.nextStep());
        if (call.outcome() == CallOutcome.NOT_INTERESTED && reason == null) {
            throw new CallRefusedException("activity.refused.reasonRequired");
        }
        if (call.outcome() == CallOutcome.CALL_BACK && (call.nextStepDue() == null || call.nextStepTime() == null)) {
            throw new CallRefusedException("activity.refused.callBackWhen");
        }
        if (step == null && call.outcome() == CallOutcome.CALL_BACK) {
            throw new CallRefusedException("activity.refused.callBackWhat");
        }
        if (step != null && call.nextStepDue() == null) {
            throw new CallRefusedException("activity.refused.nextStepDue");
        }
        if (step == null && call.nextStepDue() != null) {
            throw new CallRefusedException("activity.refused.nextStepWhat");
        }
        CustomerActivity activity = new CustomerActivity(customer, people.me(), ActivityKind.CALL, clock.instant(),
                Texts.blankToNull(call.notes()), step);
        activity.describeCall(contact, call.outcome(), call.durationMinutes(), reason, step == null ? null : call.nextStepDue(),
                step == null ? null : call.nextStepTime());
        ActivityItem saved = ActivityItem.of(activities.save(activity));
        events.publishEvent(new CustomerActivityLogged(customerId, activity.getAuthor().getId(), activity.getOccurredAt()));
        if (step != null) {
            events.publishEvent(new CallNextStepAgreed(activity.getId(), customerId, activity.getAuthor().getId(), step,
                    call.nextStepDue(), call.nextStepTime()));
        }
        return saved;
    }

    private Customer requireInScope(Long customerId) {
        return customers.requireInScope(organisation.currentScope(), customerId);
    }
}
