package no.kundeloft.stand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Texts;
import no.kundeloft.calling.CallList;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.PhoneNumbers;
import no.kundeloft.organisation.Employee;

/**
 * A person met at a stand, with the consent to be contacted as it was shown to them and when they
 * gave it; routed to a seller or a call list, then contacted, qualified into a customer and
 * contact, or closed.
 */
@Entity
@Table(name = "stand_lead")
public class Lead extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stand_id")
    private Stand stand;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "taken_by_id")
    private Employee takenBy;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "client_key", nullable = false, length = 64)
    private String clientKey;

    @Column(name = "person_name", nullable = false, length = 120)
    private String personName;

    private String company;

    @Column(name = "org_number")
    private String orgNumber;

    private String phone;

    @Column(name = "phone_digits")
    private String phoneDigits;

    private String email;

    @Column(name = "postal_code")
    private String postalCode;

    private String interest;

    @Column(name = "consent_text", nullable = false, length = 1000)
    private String consentText;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadState state = LeadState.NEW;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "routed_to_id")
    private Employee routedTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "call_list_id")
    private CallList callList;

    @Column(name = "contacted_at")
    private Instant contactedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "close_reason")
    private String closeReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    protected Lead() {}

    Lead(
            Stand stand,
            Employee takenBy,
            Instant takenAt,
            String clientKey,
            LeadForm form,
            String consentText) {
        this.stand = stand;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
        this.clientKey = clientKey;
        this.personName = form.getPersonName().strip();
        this.company = Texts.blankToNull(form.getCompany());
        this.orgNumber = Texts.blankToNull(form.getOrgNumber());
        this.phone = Texts.blankToNull(form.getPhone());
        this.phoneDigits = PhoneNumbers.digits(phone);
        this.email = Texts.blankToNull(form.getEmail());
        this.postalCode = Texts.blankToNull(form.getPostalCode());
        this.interest = Texts.blankToNull(form.getInterest());
        this.consentText = consentText;
        this.consentAt = takenAt;
    }

    void routeTo(Employee seller, CallList list) {
        this.routedTo = seller;
        this.callList = list;
    }

    void contacted(Instant at) {
        if (state == LeadState.NEW) {
            state = LeadState.CONTACTED;
            contactedAt = at;
        }
    }

    void qualified(Customer customer, Contact contact, Instant at) {
        contacted(at);
        this.state = LeadState.QUALIFIED;
        this.customer = customer;
        this.contact = contact;
        this.closedAt = at;
    }

    void close(String reason, Instant at) {
        contacted(at);
        this.state = LeadState.CLOSED;
        this.closeReason = reason;
        this.closedAt = at;
    }

    public Stand getStand() {
        return stand;
    }

    public Employee getTakenBy() {
        return takenBy;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getPersonName() {
        return personName;
    }

    public String getCompany() {
        return company;
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getInterest() {
        return interest;
    }

    public String getConsentText() {
        return consentText;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public LeadState getState() {
        return state;
    }

    public Employee getRoutedTo() {
        return routedTo;
    }

    public CallList getCallList() {
        return callList;
    }

    public Instant getContactedAt() {
        return contactedAt;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public Customer getCustomer() {
        return customer;
    }
}
