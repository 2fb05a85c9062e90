package no.kundeloft.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    @Query("select p from NotificationPreference p where p.employeeId = :employeeId")
    List<NotificationPreference> findByEmployee(Long employeeId);

    @Query(
            "select count(p) > 0 from NotificationPreference p where p.employeeId = :employeeId and p.kind = :kind")
    boolean wantsEmail(Long employeeId, NotificationKind kind);

    @Modifying
    @Query("delete from NotificationPreference p where p.employeeId = :employeeId")
    void deleteByEmployee(Long employeeId);
}
