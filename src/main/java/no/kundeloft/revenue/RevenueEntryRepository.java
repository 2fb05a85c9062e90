package no.kundeloft.revenue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevenueEntryRepository extends JpaRepository<RevenueEntry, Long> {

    @Query(
            "select r from RevenueEntry r where r.customer.id in :customerIds and r.month >= :from and r.month <= :to")
    List<RevenueEntry> findForCustomers(Collection<Long> customerIds, LocalDate from, LocalDate to);

    /**
     * A customer's months from {@code from} up to but not including {@code to}: rows of (month,
     * amount).
     */
    @Query(
            """
            select r.month, r.amount from RevenueEntry r
            where r.customer.id = :customerId and r.month >= :from and r.month < :to
            order by r.month""")
    List<Object[]> monthsOf(Long customerId, LocalDate from, LocalDate to);
}
