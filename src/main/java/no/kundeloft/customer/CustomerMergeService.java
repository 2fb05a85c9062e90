package no.kundeloft.customer;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import no.kundeloft.base.Problem;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two customers that are one (registered twice, or imported next to the one that was there):
 * every contact, activity, visit, deal, task, plan, budget, call-list entry, lead and revenue month
 * of the customer that goes moves to the one that stays — revenue of the same month is added up —
 * and the one that stays takes the fields it lacks from the other. Its owner and tier stay; the
 * other's ownership periods go with it. Leaders only, both customers in their scope, both locked
 * for the merge.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','ADMIN')")
public class CustomerMergeService {

    /** A field the one that stays takes from the other when it has none. */
    private record Field(
            ImportColumn column,
            Function<Customer, Object> read,
            BiConsumer<Customer, Customer> copy) {}

    private static final List<Field> FILLED_IN =
            List.of(
                    new Field(
                            ImportColumn.ORG_NUMBER,
                            Customer::getOrgNumber,
                            (to, from) -> to.setOrgNumber(from.getOrgNumber())),
                    new Field(
                            ImportColumn.INDUSTRY,
                            Customer::getIndustry,
                            (to, from) -> to.setIndustry(from.getIndustry())),
                    new Field(
                            ImportColumn.STREET,
                            Customer::getStreet,
                            (to, from) ->
                                    to.setAddress(
                                            from.getStreet(),
                                            from.getPostalCode(),
                                            from.getCity())),
                    new Field(
                            ImportColumn.EMAIL,
                            Customer::getEmail,
                            (to, from) -> to.setEmail(from.getEmail())),
                    new Field(
                            ImportColumn.PHONE,
                            Customer::getPhone,
                            (to, from) -> to.setPhone(from.getPhone())),
                    new Field(
                            ImportColumn.WEBSITE,
                            Customer::getWebsite,
                            (to, from) -> to.setWebsite(from.getWebsite())),
                    new Field(
                            ImportColumn.CUSTOMER_SINCE,
                            Customer::getCustomerSince,
                            (to, from) -> to.setCustomerSince(from.getCustomerSince())));

    private final CustomerRepository customers;
    private final OrganisationService organisation;
    private final List<CustomerMergeStep> steps;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final java.time.Clock clock;

    CustomerMergeService(
            CustomerRepository customers,
            OrganisationService organisation,
            List<CustomerMergeStep> steps,
            CurrentUser currentUser,
            EntityManager entityManager,
            java.time.Clock clock) {
        this.customers = customers;
        this.organisation = organisation;
        this.steps = steps;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What merging {@code dropId} into {@code keepId} would do, changing nothing. */
    @Transactional(readOnly = true)
    public MergePreview preview(Long keepId, Long dropId) {
        Customer keep = customers.requireInScope(organisation.currentScope(), keepId);
        Customer drop = customers.requireInScope(organisation.currentScope(), dropId);
        List<Problem> moves = new ArrayList<>();
        for (CustomerMergeStep step : steps) {
            long count = step.count(dropId);
            if (count > 0) {
                moves.add(new Problem(step.what(), count));
            }
        }
        List<ImportColumn> filledIn =
                FILLED_IN.stream()
                        .filter(
                                f ->
                                        isBlank(f.read().apply(keep))
                                                && !isBlank(f.read().apply(drop)))
                        .map(Field::column)
                        .toList();
        return new MergePreview(
                CustomerListItem.of(keep),
                CustomerListItem.of(drop),
                moves,
                filledIn,
                conflicts(keepId, dropId));
    }

    /**
     * Merges {@code dropId} into {@code keepId} and deletes it. Refused, changing nothing, when
     * they are the same customer or a feature cannot merge them ({@link MergeRefusedException}).
     */
    public void merge(Long keepId, Long dropId) {
        if (keepId.equals(dropId)) {
            throw new MergeRefusedException("merge.same");
        }
        // locked in id order, so two merges of the same pair cannot deadlock
        customers.lockById(Math.min(keepId, dropId));
        customers.lockById(Math.max(keepId, dropId));
        Customer keep = customers.requireInScope(organisation.currentScope(), keepId);
        Customer drop = customers.requireInScope(organisation.currentScope(), dropId);
        List<Problem> conflicts = conflicts(keepId, dropId);
        if (!conflicts.isEmpty()) {
            throw new MergeRefusedException(conflicts.getFirst());
        }
        List<Field> toFill =
                FILLED_IN.stream()
                        .filter(
                                f ->
                                        isBlank(f.read().apply(keep))
                                                && !isBlank(f.read().apply(drop)))
                        .toList();
        Customer values = copyOf(drop);
        entityManager.flush();
        steps.forEach(step -> step.move(keepId, dropId));
        entityManager.clear();
        Customer dropped = customers.findById(dropId).orElseThrow();
        entityManager
                .createQuery("delete from CustomerOwnership o where o.customer.id = :id")
                .setParameter("id", dropId)
                .executeUpdate();
        customers.delete(dropped);
        // the other's organisation number is free only once it is gone
        entityManager.flush();
        Customer kept = customers.findById(keepId).orElseThrow();
        toFill.forEach(f -> f.copy().accept(kept, values));
        kept.markUpdated(currentUser.require().fullName(), clock.instant());
        entityManager.flush();
    }

    private List<Problem> conflicts(Long keepId, Long dropId) {
        List<Problem> conflicts = new ArrayList<>();
        if (keepId.equals(dropId)) {
            conflicts.add(new Problem("merge.same"));
        }
        steps.stream()
                .map(step -> step.conflict(keepId, dropId))
                .flatMap(Optional::stream)
                .forEach(conflicts::add);
        return conflicts;
    }

    /** The values of the customer that goes, kept in memory once the entity is deleted. */
    private static Customer copyOf(Customer from) {
        Customer copy = new Customer(from.getName(), from.getOrgNumber(), from.getSector(), null);
        copy.setIndustry(from.getIndustry());
        copy.setAddress(from.getStreet(), from.getPostalCode(), from.getCity());
        copy.setEmail(from.getEmail());
        copy.setPhone(from.getPhone());
        copy.setWebsite(from.getWebsite());
        copy.setCustomerSince(from.getCustomerSince());
        return copy;
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
