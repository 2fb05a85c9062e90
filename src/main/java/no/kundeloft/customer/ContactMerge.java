package no.kundeloft.customer;

import jakarta.persistence.EntityManager;
import java.util.List;
import no.kundeloft.organisation.OrganisationService;
import org.springframework.stereotype.Component;

/**
 * Merges two contacts of a customer that are one person: the one that stays keeps its name and
 * takes what it lacks from the other (title, e-mail, phone, role in the buying centre, manager,
 * being the primary contact), and every call, visit, call-list entry and lead of the other moves to
 * it. Called by {@link ContactService#merge}, which says who may.
 */
@Component
class ContactMerge {

    private final ContactRepository contacts;
    private final CustomerRepository customers;
    private final OrganisationService organisation;
    private final List<ContactMergeStep> steps;
    private final EntityManager entityManager;

    ContactMerge(
            ContactRepository contacts,
            CustomerRepository customers,
            OrganisationService organisation,
            List<ContactMergeStep> steps,
            EntityManager entityManager) {
        this.contacts = contacts;
        this.customers = customers;
        this.organisation = organisation;
        this.steps = steps;
        this.entityManager = entityManager;
    }

    /**
     * Merges contact {@code dropId} into {@code keepId} and deletes it. Refused when they are the
     * same contact or belong to different customers.
     */
    void merge(Long keepId, Long dropId) {
        if (keepId.equals(dropId)) {
            throw new MergeRefusedException("merge.contact.same");
        }
        Contact keep = contacts.findById(keepId).orElseThrow();
        Long customerId = keep.getCustomer().getId();
        customers.lockById(customerId);
        customers.requireInScope(organisation.currentScope(), customerId);
        Contact drop = contacts.findById(dropId).orElseThrow();
        if (!drop.getCustomer().getId().equals(customerId)) {
            throw new MergeRefusedException("merge.contact.otherCustomer");
        }
        fillIn(keep, drop);
        entityManager.flush();
        steps.forEach(step -> step.move(keepId, dropId));
        entityManager
                .createNativeQuery(
                        "update customer_activity set contact_id = ?1 where contact_id = ?2")
                .setParameter(1, keepId)
                .setParameter(2, dropId)
                .executeUpdate();
        entityManager
                .createNativeQuery(
                        "update contact set reports_to_id = ?1, version = version + 1 where"
                                + " reports_to_id = ?2 and id <> ?1")
                .setParameter(1, keepId)
                .setParameter(2, dropId)
                .executeUpdate();
        entityManager.clear();
        contacts.delete(contacts.findById(dropId).orElseThrow());
        entityManager.flush();
    }

    private static void fillIn(Contact keep, Contact drop) {
        keep.update(
                keep.getFullName(),
                or(keep.getTitle(), drop.getTitle()),
                or(keep.getEmail(), drop.getEmail()),
                or(keep.getPhone(), drop.getPhone()));
        keep.setStakeholder(
                or(keep.getBuyingRole(), drop.getBuyingRole()),
                or(keep.getInfluence(), drop.getInfluence()),
                or(keep.getAttitude(), drop.getAttitude()),
                or(keep.getRelationshipOwner(), drop.getRelationshipOwner()));
        if (keep.getReportsTo() == null
                && drop.getReportsTo() != null
                && !drop.getReportsTo().equals(keep)) {
            keep.setReportsTo(drop.getReportsTo());
        }
        if (drop.isPrimary()) {
            keep.setPrimary(true);
        }
        if (drop.isDoNotCall() && !keep.isDoNotCall()) {
            // a person who asked never to be called again stays off the lists
            keep.setDoNotCall(true, drop.getDoNotCallAt());
        }
    }

    private static <T> T or(T value, T fallback) {
        return value == null || value instanceof String s && s.isBlank() ? fallback : value;
    }
}
