package no.kundeloft.revenue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevenueCorrectionRepository extends JpaRepository<RevenueCorrection, Long> {

    @Query(
            "select c from RevenueCorrection c where c.customer.id = :customerId order by c.correctedAt desc, c.id desc")
    List<RevenueCorrection> findByCustomerId(Long customerId);
}
