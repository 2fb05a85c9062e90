package no.kundeloft.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.People;
import no.kundeloft.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The activity log of customers in scope: notes and logged calls, newest first. */
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

    ActivityService(CustomerActivityRepository activities, CustomerRepository customers,
                    OrganisationService organisation, People people, CurrentUser currentUser, Clock clock,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.activities = activities;
        this.customers = customers;
        this.organisation = organisation;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of a customer's log, newest first. */
    public Slice<ActivityItem> list(Long customerId, Pageable pageable) {
        requireInScope(customerId);
        return activities.findNewestFirst(customerId, pageable).map(ActivityItem::of);
    }

    /** Logs a note or a call (with the agreed next step) on a customer, signed by the current user now. */
    @Transactional
    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER','KEY_ACCOUNT_MANAGER','TELESALES','FIELD_SALES','TEAM_LEADER','SALES_MANAGER','ADMIN')")
    public ActivityItem log(Long customerId, @NotNull ActivityKind kind, @NotBlank @Size(max = MAX_TEXT) String text,
                            @Size(max = MAX_NEXT_STEP) String nextStep) {
        Customer customer = requireInScope(customerId);
        String step = nextStep == null || nextStep.isBlank() ? null : nextStep.trim();
        CustomerActivity activity = new CustomerActivity(customer, people.me(),
                kind, clock.instant(), text.trim(), step);
        ActivityItem saved = ActivityItem.of(activities.save(activity));
        events.publishEvent(new CustomerActivityLogged(customerId, activity.getAuthor().getId(), activity.getOccurredAt()));
        return saved;
    }

    private Customer requireInScope(Long customerId) {
        return customers.requireInScope(organisation.currentScope(), customerId);
    }
}
