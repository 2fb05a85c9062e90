package no.kundeloft.visit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByTokenHash(String tokenHash);

    @Query("select f.employee.id from CalendarFeed f where f.employee.id in :employeeIds")
    List<Long> findEmployeeIdsWithFeed(Collection<Long> employeeIds);

    @Query("select f from CalendarFeed f where f.employee.id = :employeeId")
    Optional<CalendarFeed> findByEmployeeId(Long employeeId);

    @Modifying(flushAutomatically = true)
    @Query("delete from CalendarFeed f where f.employee.id = :employeeId")
    void deleteByEmployeeId(Long employeeId);
}
