package no.kundeloft.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecentItemRepository extends JpaRepository<RecentItem, Long> {

    @Query(
            "select r from RecentItem r where r.employeeId = :employeeId order by r.openedAt desc, r.id desc")
    List<RecentItem> newestFirst(Long employeeId);
}
