package no.kundeloft.calling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.Employee;

/**
 * One contact on a call list and where it stands. While a caller has it on screen it is held for
 * them ({@code claimedBy} until {@code claimedUntil}), so no one else gets it; a hold left behind
 * runs out.
 */
@Entity
@Table(name = "call_list_entry")
public class CallListEntry extends AbstractEntity {

    /** How long a contact shown to a caller is held for them without an outcome. */
    static final Duration HOLD = Duration.ofMinutes(20);

    /** How long a contact skipped for now waits before it is due again. */
    static final Duration SKIPPED = Duration.ofMinutes(30);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_list_id")
    private CallList callList;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryState state = EntryState.WAITING;

    private int tries;

    @Column(name = "due_at")
    private Instant dueAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reserved_for")
    private Employee reservedFor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claimed_by")
    private Employee claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_outcome")
    private CallOutcome lastOutcome;

    @Column(name = "last_called_at")
    private Instant lastCalledAt;

    protected CallListEntry() {}

    CallListEntry(CallList callList, Customer customer, Contact contact) {
        this.callList = callList;
        this.customer = customer;
        this.contact = contact;
    }

    /** Held for the caller from now. */
    void claim(Employee caller, Instant now) {
        this.claimedBy = caller;
        this.claimedUntil = now.plus(HOLD);
    }

    /**
     * Whether the caller may record an outcome: they hold it, or their hold ran out and no one else
     * took it.
     */
    boolean heldBy(Long callerId) {
        return claimedBy != null && claimedBy.getId().equals(callerId);
    }

    void release() {
        this.claimedBy = null;
        this.claimedUntil = null;
    }

    /** Given back for later: the others waiting come first (a call back keeps its time). */
    void skip(Instant now) {
        release();
        if (state == EntryState.WAITING) {
            dueAt = now.plus(SKIPPED);
        }
    }

    /**
     * What a call's outcome does to the entry: not reached (no answer, busy, voicemail) waits the
     * list's time and is tried again until its tries are spent; a call back waits for its caller
     * until the agreed time; the rest are done.
     */
    void called(CallOutcome outcome, Instant now, Employee caller, Instant callBackAt) {
        tries++;
        lastOutcome = outcome;
        lastCalledAt = now;
        release();
        reservedFor = null;
        dueAt = null;
        switch (outcome) {
            case NO_ANSWER, BUSY, VOICEMAIL -> {
                if (tries < callList.getMaxTries()) {
                    state = EntryState.WAITING;
                    dueAt = now.plus(Duration.ofMinutes(callList.getRetryMinutes()));
                } else {
                    state = EntryState.DONE;
                }
            }
            case CALL_BACK -> {
                state = EntryState.CALL_BACK;
                reservedFor = caller;
                dueAt = callBackAt;
            }
            default -> state = EntryState.DONE;
        }
    }

    public CallList getCallList() {
        return callList;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Contact getContact() {
        return contact;
    }

    public EntryState getState() {
        return state;
    }

    public int getTries() {
        return tries;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Employee getReservedFor() {
        return reservedFor;
    }

    public Employee getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public CallOutcome getLastOutcome() {
        return lastOutcome;
    }

    public Instant getLastCalledAt() {
        return lastCalledAt;
    }
}
