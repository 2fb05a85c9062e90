package no.kundeloft.plan;

import jakarta.persistence.EntityManager;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.Attitude;
import no.kundeloft.customer.BuyingRole;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.Employee;
import org.springframework.stereotype.Component;

/** The stakeholder map: a contact's role in the buying centre, influence, attitude and manager. */
@Component
class PlanStakeholders {

    private final EntityManager entityManager;

    PlanStakeholders(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Places a contact of the customer on the map; refused for an influence outside 0–10. */
    void map(
            Customer customer,
            Long contactId,
            BuyingRole role,
            Integer influence,
            Attitude attitude,
            Long reportsToId,
            Long relationshipOwnerId) {
        if (influence != null && (influence < 0 || influence > 10)) {
            throw new PlanRefusedException("plan.refused.influence");
        }
        Contact contact = contactOf(customer, contactId);
        Contact reportsTo = reportsToId == null ? null : contactOf(customer, reportsToId);
        if (reportsTo != null && reportsTo.getId().equals(contact.getId())) {
            throw new PlanRefusedException("plan.refused.reportsToSelf");
        }
        contact.setStakeholder(
                role,
                influence,
                attitude,
                relationshipOwnerId == null
                        ? null
                        : entityManager.getReference(Employee.class, relationshipOwnerId));
        contact.setReportsTo(reportsTo);
    }

    private Contact contactOf(Customer customer, Long contactId) {
        Contact contact = entityManager.find(Contact.class, contactId);
        if (contact == null || !contact.getCustomer().getId().equals(customer.getId())) {
            throw new NotFoundException("Contact", contactId);
        }
        return contact;
    }
}
