package no.kundeloft.revenue;

import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Manual entry and correction of a customer's monthly revenue, always with a reason; every change
 * is kept as history. For sales managers and admins, within their scope.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('SALES_MANAGER','ADMIN')")
public class RevenueCorrectionService {

    private final RevenueEntryRepository entries;
    private final RevenueCorrectionRepository corrections;
    private final CustomerService customers;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final Clock clock;

    RevenueCorrectionService(
            RevenueEntryRepository entries,
            RevenueCorrectionRepository corrections,
            CustomerService customers,
            EntityManager entityManager,
            CurrentUser currentUser,
            Clock clock) {
        this.entries = entries;
        this.corrections = corrections;
        this.customers = customers;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Sets a month's revenue for a customer in scope, recording what it was and why it changed. */
    public void correct(
            Long customerId,
            @NotNull YearMonth month,
            @NotNull BigDecimal amount,
            @NotBlank @Size(max = 500) String reason) {
        customers.requireVisible(customerId);
        Customer customer = entityManager.getReference(Customer.class, customerId);
        List<RevenueEntry> found =
                entries.findForCustomers(List.of(customerId), month.atDay(1), month.atDay(1));
        BigDecimal previous = found.isEmpty() ? null : found.getFirst().getAmount();
        if (found.isEmpty()) {
            entries.save(new RevenueEntry(customer, month, amount));
        } else {
            found.getFirst().setAmount(amount);
        }
        corrections.save(
                new RevenueCorrection(
                        customer,
                        month,
                        previous,
                        amount,
                        reason.trim(),
                        currentUser.require().fullName(),
                        clock.instant()));
    }

    /** A customer's corrections, newest first; for everyone who sees the customer's revenue. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and !hasRole('MEETING_BOOKER')")
    public List<CorrectionItem> history(Long customerId) {
        customers.requireVisible(customerId);
        return corrections.findByCustomerId(customerId).stream().map(CorrectionItem::of).toList();
    }
}
