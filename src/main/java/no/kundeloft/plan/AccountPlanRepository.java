package no.kundeloft.plan;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountPlanRepository extends JpaRepository<AccountPlan, Long> {

    @Query("select p from AccountPlan p where p.customer.id = :customerId and p.year = :year")
    Optional<AccountPlan> find(Long customerId, int year);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from AccountPlan p where p.customer.id = :customerId and p.year = :year")
    Optional<AccountPlan> lock(Long customerId, int year);

    @Query("select p from AccountPlan p where p.customer.id in :customerIds and p.year = :year")
    List<AccountPlan> findAll(Collection<Long> customerIds, int year);

    long countByYear(int year);
}
