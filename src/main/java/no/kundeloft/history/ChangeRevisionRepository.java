package no.kundeloft.history;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ChangeRevisionRepository extends JpaRepository<ChangeRevision, Long>, JpaSpecificationExecutor<ChangeRevision> {

    @Query("select distinct name from ChangeRevision r join r.entityNames name order by name")
    List<String> recordTypes();
}
