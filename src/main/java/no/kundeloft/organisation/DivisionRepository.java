package no.kundeloft.organisation;

import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DivisionRepository extends JpaRepository<Division, Long> {

    @Query("select d.id from Division d where d.director.id = :directorId")
    Set<Long> findIdsByDirectorId(Long directorId);
}
