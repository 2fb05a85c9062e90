package no.kundeloft.organisation;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kundeloft.security.SalesRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Public, unlike the other repositories: sign-in and customer ownership resolve employees by id or
 * username. Callers outside this package only read through it.
 */
public interface EmployeeRepository
        extends JpaRepository<Employee, Long>, JpaSpecificationExecutor<Employee> {

    Optional<Employee> findByUsername(String username);

    /**
     * Active employees whose e-mail is this address (given in lower case), for the identity
     * provider's sign-in.
     */
    @Query("select e from Employee e where lower(e.email) = :email and e.active = true")
    List<Employee> findActiveByEmail(String email);

    /**
     * People locked until the transaction ends, in id order (so two transactions never wait on each
     * other crosswise): taken before a rule about them is checked, such as a double booking or a
     * portfolio limit, so two requests cannot both pass it.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Employee e where e.id in :ids order by e.id")
    List<Employee> lockAll(Collection<Long> ids);

    /** People with their team in the same query, for the admin's list. */
    @Override
    @EntityGraph(attributePaths = "team")
    Page<Employee> findAll(Specification<Employee> spec, Pageable pageable);

    @Query(
            "select count(e) from Employee e where e.role = no.kundeloft.security.SalesRole.ADMIN and e.active = true")
    long countActiveAdmins();

    @Query("select t.id from Employee e join e.servedTeams t where e.id = :employeeId")
    Set<Long> findServedTeamIds(Long employeeId);

    @Query(
            "select e from Employee e where e.team.id = :teamId and e.active = true order by e.fullName")
    List<Employee> findActiveByTeamId(Long teamId);

    @Query("select e from Employee e where e.team.id = :teamId")
    List<Employee> findByTeamId(Long teamId);

    @Query("select e from Employee e join e.servedTeams t where t.id = :teamId")
    List<Employee> findServingTeam(Long teamId);

    @Query("select e from Employee e where e.role in :roles and e.active = true order by e.id")
    List<Employee> findActiveByRoles(Set<SalesRole> roles);
}
