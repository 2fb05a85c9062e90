package no.kundeloft.visit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByTokenHash(String tokenHash);

    @Query("select f.employee.id from CalendarFeed f where f.employee.id in :employeeIds")
    List<Long> findEmployeeIdsWithFeed(Collection<Long> employeeIds);

    @Query("select f from CalendarFeed f where f.employee.id = :employeeId")
    Optional<CalendarFeed> findByEmployeeId(Long employeeId);

    /**
     * Removes the employee's feed as an entity (not a bulk delete), so the change history records
     * who turned it off, and flushes, so a new feed for the same employee may follow in the same
     * transaction.
     */
    default void deleteByEmployeeId(Long employeeId) {
        findByEmployeeId(employeeId)
                .ifPresent(
                        feed -> {
                            delete(feed);
                            flush();
                        });
    }
}
