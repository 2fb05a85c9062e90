package no.kundeloft.customer;

import jakarta.persistence.criteria.Path;
import java.util.Locale;
import no.kundeloft.organisation.RecordScope;
import org.springframework.data.jpa.domain.Specification;

/** The conditions customer queries are built of: the record scope first, then the filter. */
final class CustomerSpecifications {

    private CustomerSpecifications() {
    }

    static Specification<Customer> inScope(RecordScope scope) {
        return (root, query, cb) -> {
            if (scope.level() == RecordScope.Level.ALL) {
                return cb.conjunction();
            }
            if (scope.isEmpty()) {
                return cb.disjunction();
            }
            Path<?> owner = root.get("owner");
            Path<?> scoped = switch (scope.level()) {
                case OWNER -> owner.get("id");
                case TEAMS -> owner.get("team").get("id");
                case DEPARTMENTS -> owner.get("team").get("department").get("id");
                case DIVISIONS -> owner.get("team").get("department").get("division").get("id");
                case ALL -> throw new IllegalStateException();
            };
            return scoped.in(scope.ids());
        };
    }

    static Specification<Customer> matches(CustomerFilter filter) {
        return (root, query, cb) -> {
            if (!filter.hasText()) {
                return cb.conjunction();
            }
            String text = filter.text().trim().toLowerCase(Locale.ROOT);
            String digits = OrganisationNumber.normalise(text);
            return cb.or(
                    cb.like(cb.lower(root.get("name")), "%" + escape(text) + "%", '\\'),
                    cb.like(root.get("orgNumber"), escape(digits) + "%", '\\'));
        };
    }

    static Specification<Customer> hasId(Long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

    static Specification<Customer> hasTier(CustomerTier tier) {
        return (root, query, cb) -> cb.equal(root.get("tier"), tier);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
