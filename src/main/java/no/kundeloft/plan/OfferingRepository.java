package no.kundeloft.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferingRepository extends JpaRepository<Offering, Long> {

    @Query("select o from Offering o where o.active = true order by o.name")
    List<Offering> findActive();

    @Query("select o from Offering o order by o.name")
    List<Offering> findAllByName();

    boolean existsByNameIgnoreCase(String name);
}
