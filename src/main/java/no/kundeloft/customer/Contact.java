package no.kundeloft.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import no.kundeloft.organisation.Employee;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person at a customer; buying role, influence and attitude matter for key customers. */
@Entity
@Audited
public class Contact extends AbstractEntity implements Labelled {

    /** What an erased contact's name becomes, in the record and in every version of its history. */
    public static final String ERASED = "[erased]";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @NotBlank
    @Size(max = 120)
    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Size(max = 120)
    private String title;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 40)
    private String phone;

    /**
     * The phone number's digits, kept with it so a search for "90012345" finds "+47 900 12 345".
     */
    @NotAudited
    @Column(name = "phone_digits", length = 40)
    private String phoneDigits;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    @Enumerated(EnumType.STRING)
    @Column(name = "buying_role")
    private BuyingRole buyingRole;

    @Min(0)
    @Max(10)
    private Integer influence;

    @Enumerated(EnumType.STRING)
    private Attitude attitude;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "relationship_owner_id")
    private Employee relationshipOwner;

    /** Whom this contact reports to at the customer, for the stakeholder map. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reports_to_id")
    private Contact reportsTo;

    /** The person asked never to be called: kept off every call list from then on. */
    @Column(name = "do_not_call", nullable = false)
    private boolean doNotCall;

    @Column(name = "do_not_call_at")
    private Instant doNotCallAt;

    protected Contact() {}

    public Contact(Customer customer, String fullName, String title, String email, String phone) {
        this.customer = customer;
        this.fullName = fullName;
        this.title = title;
        this.email = email;
        setPhone(phone);
    }

    void update(String fullName, String title, String email, String phone) {
        this.fullName = fullName;
        this.title = title;
        this.email = email;
        setPhone(phone);
    }

    private void setPhone(String phone) {
        this.phone = phone;
        this.phoneDigits = PhoneNumbers.digits(phone);
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getFullName() {
        return fullName;
    }

    public String getTitle() {
        return title;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isPrimary() {
        return primary;
    }

    public void setPrimary(boolean primary) {
        this.primary = primary;
    }

    public BuyingRole getBuyingRole() {
        return buyingRole;
    }

    public Integer getInfluence() {
        return influence;
    }

    public Attitude getAttitude() {
        return attitude;
    }

    public Employee getRelationshipOwner() {
        return relationshipOwner;
    }

    public Contact getReportsTo() {
        return reportsTo;
    }

    public void setReportsTo(Contact reportsTo) {
        this.reportsTo = reportsTo;
    }

    public void setStakeholder(
            BuyingRole buyingRole,
            Integer influence,
            Attitude attitude,
            Employee relationshipOwner) {
        this.buyingRole = buyingRole;
        this.influence = influence;
        this.attitude = attitude;
        this.relationshipOwner = relationshipOwner;
    }

    /** Clears everything that identifies the person, before the contact is deleted on request. */
    void anonymise() {
        this.fullName = ERASED;
        this.title = null;
        this.email = null;
        setPhone(null);
        this.buyingRole = null;
        this.influence = null;
        this.attitude = null;
        this.relationshipOwner = null;
        this.reportsTo = null;
    }

    public boolean isDoNotCall() {
        return doNotCall;
    }

    public Instant getDoNotCallAt() {
        return doNotCallAt;
    }

    /** Marks (or clears) the person's wish never to be called, from the given moment. */
    public void setDoNotCall(boolean doNotCall, Instant at) {
        if (this.doNotCall != doNotCall) {
            this.doNotCall = doNotCall;
            this.doNotCallAt = doNotCall ? at : null;
        }
    }

    @Override
    public String label() {
        return fullName;
    }
}
