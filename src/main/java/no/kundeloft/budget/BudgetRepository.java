package no.kundeloft.budget;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BudgetRepository extends JpaRepository<Budget, Long> {

    /** Every revision of the subjects' budgets for a year, with their months. */
    @Query(
            "select distinct b from Budget b left join fetch b.months where b.year = :year and b.subjectKey in :keys")
    List<Budget> findRevisions(int year, Collection<String> keys);

    /** The newest revision of a subject's budget, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            """
            select b from Budget b where b.year = :year and b.kind = :kind and b.subjectKey = :key
              and b.revision = (select max(o.revision) from Budget o
                                where o.year = :year and o.kind = :kind and o.subjectKey = :key)""")
    List<Budget> lockNewest(int year, BudgetKind kind, String key);

    @Query(
            "select b from Budget b where b.year = :year and b.kind = :kind and b.subjectKey = :key and b.status = no.kundeloft.budget.BudgetStatus.APPROVED")
    List<Budget> findApproved(int year, BudgetKind kind, String key);

    long countByYear(int year);
}
