package no.kundeloft.revenue;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RevenueLoadRepository extends JpaRepository<RevenueLoad, Long> {

    /**
     * The one row, locked until the transaction ends, so two imports cannot both move the month.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from RevenueLoad l where l.id = 1")
    Optional<RevenueLoad> lockRow();
}
