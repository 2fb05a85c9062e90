package no.kundeloft.pipeline;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DealStageRepository extends JpaRepository<DealStage, Long> {

    @Query("select s from DealStage s order by s.position")
    List<DealStage> findAllInOrder();

    /**
     * Every stage, locked: stage changes check names and positions and then write, one admin at a
     * time.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from DealStage s order by s.position")
    List<DealStage> lockAll();

    Optional<DealStage> findByCode(String code);
}
