package no.kundeloft.customer;

import static no.kundeloft.customer.CustomerSpecifications.hasId;
import static no.kundeloft.customer.CustomerSpecifications.inScope;

import jakarta.validation.Valid;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.security.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Contact persons of customers in the current user's scope. Changing them is for those who may edit
 * the customer: not directors or meeting bookers.
 */
@Service
@Validated
@Transactional
@PreAuthorize(
        "hasAnyRole('ACCOUNT_MANAGER','KEY_ACCOUNT_MANAGER','TELESALES','FIELD_SALES','TEAM_LEADER','SALES_MANAGER','ADMIN')")
public class ContactService {

    private final ContactRepository contacts;
    private final CustomerRepository customers;
    private final OrganisationService organisation;
    private final ContactErasure erasedHistory;
    private final ContactMerge merging;
    private final CurrentUser currentUser;

    ContactService(
            ContactRepository contacts,
            CustomerRepository customers,
            OrganisationService organisation,
            ContactErasure erasedHistory,
            ContactMerge merging,
            CurrentUser currentUser) {
        this.erasedHistory = erasedHistory;
        this.merging = merging;
        this.currentUser = currentUser;
        this.contacts = contacts;
        this.customers = customers;
        this.organisation = organisation;
    }

    /**
     * Adds a contact to a customer; the first contact of a customer becomes its primary contact.
     */
    public Long add(Long customerId, @Valid ContactForm form) {
        Customer customer = customerInScope(customerId);
        Contact contact =
                new Contact(
                        customer,
                        form.getFullName().trim(),
                        form.getTitle(),
                        form.getEmail(),
                        form.getPhone());
        contact.setPrimary(contacts.findByCustomerId(customerId).isEmpty());
        return contacts.save(contact).getId();
    }

    /** Saves changes to a contact; refused when someone changed it after the form was opened. */
    public void update(Long contactId, @Valid ContactForm form) {
        Contact contact = contactInScope(contactId);
        if (contact.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException(null, null);
        }
        form.applyTo(contact);
        try {
            contacts.saveAndFlush(contact);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentChangeException(null, null);
        }
    }

    /** Whether the current user may merge two contacts that are one person: leaders. */
    public boolean mayMerge() {
        return switch (currentUser.require().role()) {
            case TEAM_LEADER, SALES_MANAGER, ADMIN -> true;
            default -> false;
        };
    }

    /**
     * Merges contact {@code dropId} into {@code keepId} of the same customer ({@link
     * ContactMerge}): its calls, visits, call-list entries and leads move, and it is deleted.
     */
    @PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','ADMIN')")
    public void merge(Long keepId, Long dropId) {
        merging.merge(keepId, dropId);
    }

    /** Makes this the customer's one primary contact. */
    public void makePrimary(Long contactId) {
        Contact chosen = contactInScope(contactId);
        for (Contact contact : contacts.findByCustomerId(chosen.getCustomer().getId())) {
            contact.setPrimary(contact.equals(chosen));
        }
    }

    /** Removes a contact; when it was the primary one, the next contact by name takes over. */
    public void remove(Long contactId) {
        Contact contact = contactInScope(contactId);
        Long customerId = contact.getCustomer().getId();
        contacts.delete(contact);
        contacts.flush();
        if (contact.isPrimary()) {
            contacts.findByCustomerId(customerId).stream()
                    .findFirst()
                    .ifPresent(next -> next.setPrimary(true));
        }
    }

    /**
     * Erases a contact on request (GDPR): the contact is removed as by {@link #remove}, and its
     * name, title, e-mail, phone and stakeholder details are blanked in the record's last version
     * and in every earlier version the history keeps. Visits it attended keep the visit, without
     * the person.
     */
    public void erase(Long contactId) {
        Contact contact = contactInScope(contactId);
        contact.anonymise();
        contacts.flush();
        erasedHistory.eraseContact(contactId);
        remove(contactId);
    }

    /**
     * Erases, on request, a contact that was removed earlier: every version the history keeps is
     * blanked (a contact still on a customer is erased as by {@link #erase}). For admins, who
     * handle such requests.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void eraseRemoved(Long contactId) {
        if (contacts.existsById(contactId)) {
            erase(contactId);
        } else if (erasedHistory.eraseContact(contactId) == 0) {
            throw new NotFoundException("Contact", contactId);
        }
    }

    private Customer customerInScope(Long customerId) {
        return customers.requireInScope(organisation.currentScope(), customerId);
    }

    private Contact contactInScope(Long contactId) {
        return contacts.findById(contactId)
                .filter(
                        contact ->
                                customers.exists(
                                        inScope(organisation.currentScope())
                                                .and(hasId(contact.getCustomer().getId()))))
                .orElseThrow(() -> new NotFoundException("Contact", contactId));
    }
}
