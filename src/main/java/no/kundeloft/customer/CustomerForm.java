package no.kundeloft.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.kundeloft.organisation.Sector;

/**
 * The editable fields of a customer, as the customer form binds them, with the version the user
 * started from so a concurrent change is caught.
 */
public class CustomerForm {

    /** Digits, spaces, +, -, ( and ): what people type for a phone number. */
    public static final String PHONE_PATTERN = "\\+?[0-9 ()\\-]{5,20}";

    /** An absolute web address. */
    public static final String WEBSITE_PATTERN = "https?://[^\\s/$.?#][^\\s]*";

    private long version;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 30)
    private String orgNumber;

    @NotNull private Sector sector;

    @Size(max = 100)
    private String industry;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}")
    private String country = "NO";

    @Size(max = 200)
    private String street;

    @Size(max = 20)
    private String postalCode;

    @Size(max = 100)
    private String city;

    @Email
    @Size(max = 200)
    private String email;

    @Pattern(regexp = PHONE_PATTERN)
    private String phone;

    @Pattern(regexp = WEBSITE_PATTERN)
    @Size(max = 200)
    private String website;

    @NotNull private CustomerStatus status;
    private LocalDate customerSince;

    /** The form for a customer as it is now. */
    public static CustomerForm of(CustomerDetails c) {
        CustomerForm form = new CustomerForm();
        form.version = c.version();
        form.name = c.name();
        form.orgNumber = c.orgNumber();
        form.sector = c.sector();
        form.industry = c.industry();
        form.country = c.country();
        form.street = c.street();
        form.postalCode = c.postalCode();
        form.city = c.city();
        form.email = c.email();
        form.phone = c.phone();
        form.website = c.website();
        form.status = c.status();
        form.customerSince = c.customerSince();
        return form;
    }

    void applyTo(Customer customer) {
        customer.setName(name.trim());
        customer.setOrgNumber(orgNumber);
        customer.setSector(sector);
        customer.setIndustry(industry);
        customer.setCountry(country);
        customer.setAddress(street, postalCode, city);
        customer.setEmail(email);
        customer.setPhone(phone);
        customer.setWebsite(website);
        customer.setStatus(status);
        customer.setCustomerSince(customerSince);
    }

    /**
     * Optional fields keep null, never "", so "not given" is one value and format checks skip it.
     */
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public long getVersion() {
        return version;
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
        this.orgNumber = blankToNull(orgNumber);
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
        this.industry = blankToNull(industry);
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

    public void setStreet(String street) {
        this.street = blankToNull(street);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = blankToNull(postalCode);
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = blankToNull(city);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = blankToNull(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = blankToNull(phone);
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = blankToNull(website);
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }

    public LocalDate getCustomerSince() {
        return customerSince;
    }

    public void setCustomerSince(LocalDate customerSince) {
        this.customerSince = customerSince;
    }
}
