package no.kundeloft.visit;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface VisitRepository extends JpaRepository<Visit, Long> {

    boolean existsByStartsAtAfter(Instant moment);

    /**
     * The visit, locked until the transaction ends, so two changes of one visit run one after the
     * other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Visit v where v.id = :id")
    Optional<Visit> lockById(Long id);

    /**
     * Planned visits overlapping a time where any of the people is the host or an accepted
     * participant, other than the visit being saved.
     */
    @Query(
            """
            select v from Visit v join fetch v.customer join fetch v.host
            where v.status = no.kundeloft.visit.VisitStatus.PLANNED and v.startsAt < :endsAt and v.endsAt > :startsAt
              and v.id <> :except
              and (v.host.id in :people or exists (select p from VisitParticipant p where p.visit = v
                   and p.status = no.kundeloft.visit.ParticipantStatus.ACCEPTED and p.employee.id in :people))
            order by v.startsAt""")
    List<Visit> findOverlapping(
            Collection<Long> people, Instant startsAt, Instant endsAt, Long except);

    /**
     * When a seller is busy (as host or accepted participant) between two instants: rows of (start,
     * end).
     */
    @Query(
            """
            select v.startsAt, v.endsAt from Visit v
            where v.status = no.kundeloft.visit.VisitStatus.PLANNED and v.startsAt < :to and v.endsAt > :from
              and (v.host.id = :employeeId or exists (select p from VisitParticipant p where p.visit = v
                   and p.status = no.kundeloft.visit.ParticipantStatus.ACCEPTED and p.employee.id = :employeeId))
            order by v.startsAt""")
    List<Object[]> findBusy(Long employeeId, Instant from, Instant to);
}
