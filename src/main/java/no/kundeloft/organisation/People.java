package no.kundeloft.organisation;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kundeloft.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * People for other features' services to act on: an owner to give customers to, a host to book, the
 * signed-in user as the author of a record. It hands out entities without a scope check, so each
 * caller applies its own rule; views never use it (an architecture rule).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class People {

    private final EmployeeRepository employees;
    private final CurrentUser currentUser;

    People(EmployeeRepository employees, CurrentUser currentUser) {
        this.employees = employees;
        this.currentUser = currentUser;
    }

    /** One person; empty when there is no such id. */
    public Optional<Employee> byId(Long id) {
        return employees.findById(id);
    }

    /** The people with these ids that exist, in id order. */
    public List<Employee> byIds(Collection<Long> ids) {
        return employees.findAllById(ids).stream()
                .sorted(Comparator.comparing(Employee::getId))
                .toList();
    }

    /** One person by username, as the customer import names owners. */
    public Optional<Employee> byUsername(String username) {
        return employees.findByUsername(username);
    }

    /** The signed-in user as a reference for a record they write, without reading them. */
    public Employee me() {
        return employees.getReferenceById(currentUser.require().employeeId());
    }

    /**
     * The active members of a seller's team and its leader: who hears of the team's wins. Empty
     * without a team.
     */
    public Set<Long> teamOf(Employee seller) {
        Team team = seller.getTeam();
        if (team == null) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        if (team.getLeader() != null) {
            ids.add(team.getLeader().getId());
        }
        employees.findActiveByTeamId(team.getId()).forEach(member -> ids.add(member.getId()));
        return ids;
    }

    /**
     * Locks the given people in id order until the caller's transaction ends, so that checks across
     * them (double booking, portfolio limits) cannot race; returns those that exist.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Employee> lock(Collection<Long> ids) {
        return employees.lockAll(ids);
    }
}
