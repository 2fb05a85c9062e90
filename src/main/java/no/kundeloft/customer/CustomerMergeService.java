package no.kundeloft.customer;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * The fields the one that stays takes from the other where it has none (each part of the
     * address on its own); never name, country, sector, status, tier or owner.
     */
    private static final List<CustomerField> FILLED_IN =
            List.of(
                    CustomerField.ORG_NUMBER,
                    CustomerField.INDUSTRY,
                    CustomerField.STREET,
                    CustomerField.POSTAL_CODE,
                    CustomerField.CITY,
                    CustomerField.EMAIL,
                    CustomerField.PHONE,
                    CustomerField.WEBSITE,
                    CustomerField.CUSTOMER_SINCE);

    private final CustomerRepository customers;
    private final OrganisationService organisation;
    private final List<CustomerMergeStep> steps;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;

    CustomerMergeService(
            CustomerRepository customers,
            OrganisationService organisation,
            List<CustomerMergeStep> steps,
            CurrentUser currentUser,
            EntityManager entityManager,
            Clock clock) {
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
                toFill(keep, drop).stream().map(CustomerField::column).toList();
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
        List<CustomerField> toFill = toFill(keep, drop);
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
        toFill.forEach(f -> f.copy(values, kept));
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

    private static List<CustomerField> toFill(Customer keep, Customer drop) {
        return FILLED_IN.stream().filter(f -> f.isBlankIn(keep) && !f.isBlankIn(drop)).toList();
    }

    /** The values of the customer that goes, kept in memory once the entity is deleted. */
    private static Customer copyOf(Customer from) {
        Customer copy = new Customer(from.getName(), from.getOrgNumber(), from.getSector(), null);
        FILLED_IN.forEach(f -> f.copy(from, copy));
        return copy;
    }
}
