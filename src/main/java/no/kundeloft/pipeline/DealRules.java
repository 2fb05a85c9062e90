package no.kundeloft.pipeline;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.OrganisationService;
import org.springframework.stereotype.Component;

/**
 * The rules a deal's values must keep, for the dialog and the import alike; each refusal is a
 * {@link DealRefusedException} with the message for the user.
 */
@Component
class DealRules {

    static final int MAX_REASON = 500;

    private final EntityManager entityManager;
    private final OrganisationService organisation;

    DealRules(EntityManager entityManager, OrganisationService organisation) {
        this.entityManager = entityManager;
        this.organisation = organisation;
    }

    /**
     * Checks owner, kind and close month of a deal at the customer opened on the given day, and
     * returns the owner: the customer's owner or another seller of that owner's team, whom the
     * current user's scope covers; growth only at a customer; closing no earlier than the month it
     * was opened.
     */
    Employee check(Customer customer, DealForm form, LocalDate openedOn) {
        Employee owner =
                form.getOwnerId() == null
                        ? null
                        : entityManager.find(Employee.class, form.getOwnerId());
        if (owner == null
                || !eligibleOwners(customer).contains(owner)
                || !organisation.currentScope().covers(owner)) {
            throw new DealRefusedException("deal.refused.owner");
        }
        if (form.getKind() == DealKind.GROWTH && customer.getStatus() == CustomerStatus.PROSPECT) {
            throw new DealRefusedException("deal.refused.growthAtProspect");
        }
        if (form.getCloseMonth().isBefore(YearMonth.from(openedOn))) {
            throw new DealRefusedException("deal.refused.closeBeforeOpened");
        }
        return owner;
    }

    /** Won and Lost need a reason of at most {@link #MAX_REASON} characters. */
    static void checkClosing(DealStage target, String reason) {
        if (target.isOpen()) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            throw new DealRefusedException("deal.refused.reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DealRefusedException("deal.refused.reasonLength");
        }
    }

    /**
     * The customer's owner and the other active sellers of the owner's team, its leader when they
     * have an own budget.
     */
    List<Employee> eligibleOwners(Customer customer) {
        Set<Employee> owners = new LinkedHashSet<>();
        Employee customerOwner = customer.getOwner();
        owners.add(customerOwner);
        if (customerOwner.getTeam() != null) {
            entityManager
                    .createQuery(
                            "select e from Employee e where e.team = :team and e.active = true order by e.fullName",
                            Employee.class)
                    .setParameter("team", customerOwner.getTeam())
                    .getResultList()
                    .stream()
                    .filter(
                            e ->
                                    e.getRole().isSeller()
                                            || e.equals(e.getTeam().getLeader())
                                                    && e.getTeam().isLeaderHasOwnBudget())
                    .forEach(owners::add);
        }
        return List.copyOf(owners);
    }
}
