package no.kundeloft.stand;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.kundeloft.customer.CustomerForm;

/**
 * What the stand seller types for a lead: the person, the company (name or organisation number),
 * how to reach them, interest.
 */
public class LeadForm {

    @NotBlank
    @Size(max = 120)
    private String personName;

    @Size(max = 200)
    private String company;

    @Size(max = 30)
    private String orgNumber;

    @Size(max = 40)
    @Pattern(regexp = "^$|" + CustomerForm.PHONE_PATTERN)
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 20)
    private String postalCode;

    @Size(max = 500)
    private String interest;

    private boolean consent;

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public void setOrgNumber(String orgNumber) {
        this.orgNumber = orgNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getInterest() {
        return interest;
    }

    public void setInterest(String interest) {
        this.interest = interest;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
