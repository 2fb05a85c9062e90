package no.kundeloft.customer;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.kundeloft.base.LikePatterns;
import no.kundeloft.organisation.RecordScope;
import org.springframework.data.jpa.domain.Specification;

/** The conditions customer queries are built of: the record scope first, then the filter. */
final class CustomerSpecifications {

    private CustomerSpecifications() {}

    static Specification<Customer> inScope(RecordScope scope) {
        return (root, query, cb) -> scope.predicate(cb, root.get("owner"));
    }

    static Specification<Customer> matches(CustomerFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.hasText()) {
                String text = filter.text().trim().toLowerCase(Locale.ROOT);
                String pattern = LikePatterns.containing(text);
                Subquery<Long> contact = query.subquery(Long.class);
                Root<Contact> contacts = contact.from(Contact.class);
                contact.select(contacts.get("id"))
                        .where(
                                cb.equal(contacts.get("customer"), root),
                                cb.like(
                                        cb.lower(contacts.get("fullName")),
                                        pattern,
                                        LikePatterns.ESCAPE));
                conditions.add(
                        cb.or(
                                cb.like(cb.lower(root.get("name")), pattern, LikePatterns.ESCAPE),
                                cb.like(
                                        root.get("orgNumber"),
                                        LikePatterns.escape(OrganisationNumber.normalise(text))
                                                + "%",
                                        LikePatterns.ESCAPE),
                                cb.exists(contact)));
            }
            if (filter.status() != null) {
                conditions.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.tier() != null) {
                conditions.add(cb.equal(root.get("tier"), filter.tier()));
            }
            if (filter.sector() != null) {
                conditions.add(cb.equal(root.get("sector"), filter.sector()));
            }
            if (filter.hasIndustry()) {
                conditions.add(cb.equal(root.get("industry"), filter.industry()));
            }
            if (filter.ownerId() != null) {
                conditions.add(cb.equal(root.get("owner").get("id"), filter.ownerId()));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    static Specification<Customer> hasId(Long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

    static Specification<Customer> hasTier(CustomerTier tier) {
        return (root, query, cb) -> cb.equal(root.get("tier"), tier);
    }
}
