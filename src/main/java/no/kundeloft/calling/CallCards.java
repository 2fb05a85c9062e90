package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerActivity;
import org.springframework.stereotype.Component;

/**
 * The card a caller sees for the contact on screen: the company, the person, the other contacts,
 * the last calls and the sellers a meeting can be booked for — read in four queries.
 */
@Component
class CallCards {

    private static final int LAST_CALLS = 5;

    private final EntityManager entityManager;

    CallCards(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    CallCard card(CallListEntry entry, CallList list) {
        Customer customer = entry.getCustomer();
        Contact contact = entry.getContact();
        List<CallCard.Person> others =
                entityManager
                        .createQuery(
                                """
                        select k from Contact k where k.customer = :customer and k.id <> :contact
                        order by k.primary desc, k.fullName""",
                                Contact.class)
                        .setParameter("customer", customer)
                        .setParameter("contact", contact.getId())
                        .getResultList()
                        .stream()
                        .map(CallCards::person)
                        .toList();
        List<CallCard.PastCall> calls =
                entityManager
                        .createQuery(
                                """
                        select a from CustomerActivity a join fetch a.author left join fetch a.contact
                        where a.customer = :customer and a.kind = no.kundeloft.customer.ActivityKind.CALL
                        order by a.occurredAt desc, a.id desc""",
                                CustomerActivity.class)
                        .setParameter("customer", customer)
                        .setMaxResults(LAST_CALLS)
                        .getResultList()
                        .stream()
                        .map(
                                a ->
                                        new CallCard.PastCall(
                                                a.getOccurredAt(),
                                                a.getAuthor().getFullName(),
                                                a.getContact() == null
                                                        ? null
                                                        : a.getContact().getFullName(),
                                                a.getOutcome(),
                                                a.getText(),
                                                a.getReason()))
                        .toList();
        List<PersonChoice> sellers =
                entityManager
                        .createQuery(
                                """
                        select new no.kundeloft.calling.PersonChoice(s.id, s.fullName, t.name)
                        from CallList l join l.sellers s left join s.team t where l = :list and s.active = true""",
                                PersonChoice.class)
                        .setParameter("list", list)
                        .getResultList()
                        .stream()
                        .sorted(Comparator.comparing(PersonChoice::fullName))
                        .toList();
        CallCard.Company company =
                new CallCard.Company(
                        customer.getId(),
                        customer.getName(),
                        customer.getOrgNumber(),
                        customer.getSector(),
                        customer.getIndustry(),
                        customer.getStatus(),
                        customer.getStreet(),
                        customer.getPostalCode(),
                        customer.getCity(),
                        customer.getPhone(),
                        customer.getWebsite(),
                        customer.getOwner().getFullName());
        return new CallCard(
                entry.getId(),
                entry.getVersion(),
                list.getId(),
                list.getName(),
                list.getScript(),
                company,
                person(contact),
                others,
                calls,
                entry.getTries(),
                entry.getState() == EntryState.CALL_BACK,
                entry.getDueAt(),
                sellers);
    }

    private static CallCard.Person person(Contact contact) {
        return new CallCard.Person(
                contact.getId(),
                contact.getFullName(),
                contact.getTitle(),
                contact.getPhone(),
                contact.getEmail(),
                contact.isDoNotCall());
    }
}
