package no.kundeloft.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.People;
import no.kundeloft.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Logging notes and calls (with their outcomes) at customers in scope; the customer timeline reads
 * them.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ActivityService {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_NEXT_STEP = 500;

    private final CustomerActivityRepository activities;
    private final CustomerRepository customers;
    private final OrganisationService organisation;
    private final People people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CallLog callLog;

    ActivityService(
            CustomerActivityRepository activities,
            CustomerRepository customers,
            OrganisationService organisation,
            People people,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events,
            CallLog callLog) {
        this.events = events;
        this.callLog = callLog;
        this.activities = activities;
        this.customers = customers;
        this.organisation = organisation;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Logs a note on a customer, signed by the current user now. */
    @Transactional
    @PreAuthorize(
            "hasAnyRole('ACCOUNT_MANAGER','KEY_ACCOUNT_MANAGER','TELESALES','FIELD_SALES','TEAM_LEADER','SALES_MANAGER','ADMIN')")
    public ActivityItem logNote(Long customerId, @NotBlank @Size(max = MAX_TEXT) String text) {
        Customer customer = requireInScope(customerId);
        CustomerActivity activity =
                new CustomerActivity(
                        customer,
                        people.me(),
                        ActivityKind.NOTE,
                        clock.instant(),
                        text.trim(),
                        null);
        ActivityItem saved = ActivityItem.of(activities.save(activity));
        events.publishEvent(
                new CustomerActivityLogged(
                        customerId, activity.getAuthor().getId(), activity.getOccurredAt()));
        return saved;
    }

    /**
     * Logs a call: with a contact of the customer (optional), its outcome and length, notes, the
     * reason a contact is not interested (required then), and a next step that becomes the caller's
     * task — a call back needs its day and time, any other next step its day.
     */
    @Transactional
    @PreAuthorize(
            "hasAnyRole('ACCOUNT_MANAGER','KEY_ACCOUNT_MANAGER','TELESALES','FIELD_SALES','TEAM_LEADER','SALES_MANAGER','ADMIN')")
    public ActivityItem logCall(Long customerId, @Valid @NotNull CallForm call) {
        return callLog.log(requireInScope(customerId), people.me(), call, null);
    }

    private Customer requireInScope(Long customerId) {
        return customers.requireInScope(organisation.currentScope(), customerId);
    }
}
