package no.kundeloft.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

    @Query("select t.id from Team t where t.leader.id = :leaderId")
    Set<Long> findIdsByLeaderId(Long leaderId);

    /**
     * Each team with its leader and the number of active members other than the leader, counted in
     * SQL.
     */
    @Query(
            """
            select new no.kundeloft.organisation.TeamSummary(
                t.id, t.name, t.department.name, l.fullName, t.leaderHasOwnBudget,
                (select count(e) from Employee e
                  where e.team = t and e.active = true and (l is null or e <> l)))
            from Team t left join t.leader l
            where t.id in :teamIds
            order by t.name""")
    List<TeamSummary> summarise(Collection<Long> teamIds);

    @Query("select t.id from Team t")
    Set<Long> findAllIds();

    @Query("select t.id from Team t where t.department.id in :departmentIds")
    Set<Long> findIdsByDepartmentIds(Collection<Long> departmentIds);

    @Query("select t.id from Team t where t.department.division.id in :divisionIds")
    Set<Long> findIdsByDivisionIds(Collection<Long> divisionIds);
}
