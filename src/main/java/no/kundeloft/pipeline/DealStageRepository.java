package no.kundeloft.pipeline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DealStageRepository extends JpaRepository<DealStage, Long> {

    @Query("select s from DealStage s order by s.position")
    List<DealStage> findAllInOrder();

    Optional<DealStage> findByCode(String code);
}
