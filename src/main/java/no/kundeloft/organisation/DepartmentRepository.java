package no.kundeloft.organisation;

import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    @Query("select d.id from Department d where d.manager.id = :managerId")
    Set<Long> findIdsByManagerId(Long managerId);
}
