package no.kundeloft.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Sector;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A company or public body we sell to, owned by one employee. */
@Entity
@Audited
@ValidRegistrationNumber
public class Customer extends AbstractEntity implements Labelled {

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String name;

    /** Norwegian organisation number for country NO, otherwise a free-form registration id. */
    @Size(max = 30)
    @Column(name = "org_number", unique = true)
    private String orgNumber;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    @Size(max = 100)
    private String industry;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}")
    @Column(nullable = false)
    private String country = "NO";

    @Size(max = 200)
    private String street;

    @Size(max = 20)
    @Column(name = "postal_code")
    private String postalCode;

    @Size(max = 100)
    private String city;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 40)
    private String phone;

    @Size(max = 200)
    private String website;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerStatus status = CustomerStatus.PROSPECT;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerTier tier = CustomerTier.STANDARD;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Employee owner;

    /** When the customer was won; its first 12 months of revenue count as new sales. */
    @Column(name = "customer_since")
    private LocalDate customerSince;

    @Column(name = "updated_at")
    @NotAudited
    private Instant updatedAt;

    @Size(max = 120)
    @Column(name = "updated_by")
    @NotAudited
    private String updatedBy;

    protected Customer() {}

    public Customer(String name, String orgNumber, Sector sector, Employee owner) {
        this.name = name;
        this.orgNumber = OrganisationNumber.normalise(orgNumber);
        this.sector = sector;
        this.owner = owner;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public void setOrgNumber(String orgNumber) {
        this.orgNumber = OrganisationNumber.normalise(orgNumber);
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setAddress(String street, String postalCode, String city) {
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }

    public CustomerTier getTier() {
        return tier;
    }

    public void setTier(CustomerTier tier) {
        this.tier = tier;
    }

    public Employee getOwner() {
        return owner;
    }

    /**
     * Only the ownership rules in {@link CustomerService} change the owner, so periods stay whole.
     */
    void setOwner(Employee owner) {
        this.owner = owner;
    }

    public LocalDate getCustomerSince() {
        return customerSince;
    }

    public void setCustomerSince(LocalDate customerSince) {
        this.customerSince = customerSince;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void markUpdated(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    @Override
    public String label() {
        return name;
    }
}
