package no.kundeloft.customer;

import java.time.Clock;
import java.time.Instant;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.Texts;
import no.kundeloft.organisation.Employee;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a call into a customer's log with the rules of a call (a reason for "not interested", a
 * time for a call back, a day for any next step) and tells the other features. It checks no access
 * itself: the calling feature's service has decided that the user may call this customer (their
 * own, or one on a call list given to them).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CallLog {

    private final CustomerActivityRepository activities;
    private final ContactRepository contacts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CallLog(
            CustomerActivityRepository activities,
            ContactRepository contacts,
            Clock clock,
            ApplicationEventPublisher events) {
        this.activities = activities;
        this.contacts = contacts;
        this.clock = clock;
        this.events = events;
    }

    /** Logs the call by the caller now, from a call list when one is named (null otherwise). */
    public ActivityItem log(Customer customer, Employee caller, CallForm call, Long callListId) {
        return log(customer, caller, call, callListId, clock.instant());
    }

    /** Logs a call made at the given moment (the demo's calls of the past days). */
    public ActivityItem log(
            Customer customer, Employee caller, CallForm call, Long callListId, Instant at) {
        Contact contact =
                call.contactId() == null
                        ? null
                        : contacts.findById(call.contactId())
                                .filter(c -> c.getCustomer().getId().equals(customer.getId()))
                                .orElseThrow(
                                        () -> new NotFoundException("Contact", call.contactId()));
        String reason = Texts.blankToNull(call.reason());
        String step = Texts.blankToNull(call.nextStep());
        check(call, reason, step);
        CustomerActivity activity =
                new CustomerActivity(
                        customer,
                        caller,
                        ActivityKind.CALL,
                        at,
                        Texts.blankToNull(call.notes()),
                        step);
        activity.describeCall(
                contact,
                call.outcome(),
                call.durationMinutes(),
                reason,
                step == null ? null : call.nextStepDue(),
                step == null ? null : call.nextStepTime());
        activity.fromCallList(callListId);
        ActivityItem saved = ActivityItem.of(activities.save(activity));
        events.publishEvent(
                new CustomerActivityLogged(
                        customer.getId(), caller.getId(), activity.getOccurredAt()));
        if (step != null) {
            events.publishEvent(
                    new CallNextStepAgreed(
                            activity.getId(),
                            customer.getId(),
                            caller.getId(),
                            step,
                            call.nextStepDue(),
                            call.nextStepTime()));
        }
        return saved;
    }

    private static void check(CallForm call, String reason, String step) {
        if (call.outcome() == CallOutcome.NOT_INTERESTED && reason == null) {
            throw new CallRefusedException("activity.refused.reasonRequired");
        }
        if (call.outcome() == CallOutcome.CALL_BACK
                && (call.nextStepDue() == null || call.nextStepTime() == null)) {
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
    }
}
