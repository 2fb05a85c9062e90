package no.kundeloft.visit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ExternalCalendarRepository extends JpaRepository<ExternalCalendar, Long> {

    @Query("select c from ExternalCalendar c where c.employeeId = :employeeId")
    Optional<ExternalCalendar> findByEmployee(Long employeeId);

    @Query(
            value =
                    "select starts_at, ends_at from external_busy where employee_id = :employeeId and starts_at < :to and ends_at > :from"
                            + " order by starts_at",
            nativeQuery = true)
    List<Object[]> findBusy(Long employeeId, Instant from, Instant to);

    @Modifying
    @Query(value = "delete from external_busy where employee_id = :employeeId", nativeQuery = true)
    void deleteBusy(Long employeeId);

    @Modifying
    @Query(
            value =
                    "insert into external_busy (employee_id, starts_at, ends_at) values (:employeeId, :start, :end)",
            nativeQuery = true)
    void insertBusy(Long employeeId, Instant start, Instant end);
}
