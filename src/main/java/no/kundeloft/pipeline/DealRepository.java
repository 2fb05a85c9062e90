package no.kundeloft.pipeline;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DealRepository extends JpaRepository<Deal, Long> {

    @Query(
            "select count(d) from Deal d where d.stage.id = :stageId and d.stage.outcome = no.kundeloft.pipeline.StageOutcome.OPEN")
    long countByStageId(Long stageId);

    /** Orders concurrent saves of one deal, so the version check and the change happen as one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Deal d where d.id = :id")
    Optional<Deal> lockById(Long id);
}
