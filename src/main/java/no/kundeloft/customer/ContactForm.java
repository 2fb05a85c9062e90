package no.kundeloft.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable fields of a contact person, with the version the user started from. */
public class ContactForm {

    private long version;

    @NotBlank
    @Size(max = 120)
    private String fullName;

    @Size(max = 120)
    private String title;

    @Email
    @Size(max = 200)
    private String email;

    @Pattern(regexp = CustomerForm.PHONE_PATTERN)
    private String phone;

    /** The form for a contact as it is now. */
    public static ContactForm of(CustomerDetails.ContactItem contact) {
        ContactForm form = new ContactForm();
        form.version = contact.version();
        form.fullName = contact.fullName();
        form.title = contact.title();
        form.email = contact.email();
        form.phone = contact.phone();
        return form;
    }

    void applyTo(Contact contact) {
        contact.update(fullName.trim(), title, email, phone);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public long getVersion() {
        return version;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = blankToNull(title);
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
}
