package no.kundeloft.organisation;

import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.kundeloft.base.LikePatterns;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.history.ChangeHistory;
import no.kundeloft.history.HistoryEntry;
import no.kundeloft.security.SalesRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The admin's work on people and their sign-in: create people with a one-time password, edit them,
 * reset passwords, deactivate and reactivate. Usernames are unique whatever their case, and the
 * last active admin can be neither removed nor demoted.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AdminService {

    private static final String ONE_TIME_ALPHABET =
            "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int ONE_TIME_LENGTH = 16;

    private final EmployeeRepository employees;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final OwnedCustomers ownedCustomers;
    private final CalendarFeeds calendarFeeds;
    private final ChangeHistory changeHistory;
    private final SecureRandom random = new SecureRandom();

    AdminService(
            EmployeeRepository employees,
            TeamRepository teams,
            PasswordEncoder passwordEncoder,
            OwnedCustomers ownedCustomers,
            CalendarFeeds calendarFeeds,
            ChangeHistory changeHistory) {
        this.calendarFeeds = calendarFeeds;
        this.changeHistory = changeHistory;
        this.employees = employees;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.ownedCustomers = ownedCustomers;
    }

    /** One page of people matching the filter (name, username or e-mail; role; team; active). */
    @Transactional(readOnly = true)
    public Page<PersonRow> people(PeopleFilter filter, Pageable pageable) {
        Pageable sorted =
                pageable.isPaged()
                        ? PageRequest.of(
                                pageable.getPageNumber(),
                                pageable.getPageSize(),
                                pageable.getSort().and(Sort.by("id")))
                        : pageable;
        Page<Employee> page = employees.findAll(matching(filter), sorted);
        Set<Long> withFeed = calendarFeeds.withFeed(page.map(Employee::getId).getContent());
        return page.map(e -> PersonRow.of(e, withFeed.contains(e.getId())));
    }

    @Transactional(readOnly = true)
    public long count(PeopleFilter filter) {
        return employees.count(matching(filter));
    }

    /** The form for a person as they are now. */
    @Transactional(readOnly = true)
    public PersonForm form(Long id) {
        return PersonForm.of(employee(id));
    }

    /** Every team, by name, for the team and served-teams choices. */
    @Transactional(readOnly = true)
    public List<TeamOption> teams() {
        return teams.findAll(Sort.by("name")).stream()
                .map(t -> new TeamOption(t.getId(), t.getName(), t.getDepartment().getName()))
                .toList();
    }

    /**
     * Creates a person who signs in with the returned one-time password and must choose their own
     * at the first sign-in. The password is shown to the admin once and stored only as a hash.
     */
    public String create(@Valid PersonForm form) {
        requireFreeUsername(form.getUsername(), null);
        String oneTime = oneTimePassword();
        Employee employee =
                new Employee(
                        form.getUsername(),
                        form.getFullName(),
                        form.getEmail(),
                        form.getRole(),
                        passwordEncoder.encode(oneTime));
        apply(employee, form);
        employee.setPasswordChangeRequired(true);
        employees.save(employee);
        return oneTime;
    }

    /** Saves an admin's changes to a person; refused when someone changed them meanwhile. */
    public void update(Long id, @Valid PersonForm form) {
        Employee employee = employee(id);
        if (employee.getVersion() != form.getVersion()) {
            throw new AdminRuleException("admin.changed");
        }
        requireFreeUsername(form.getUsername(), id);
        if (employee.getRole() == SalesRole.ADMIN
                && form.getRole() != SalesRole.ADMIN
                && employee.isActive()
                && employees.countActiveAdmins() <= 1) {
            throw new AdminRuleException("admin.lastAdmin");
        }
        if (employee.getRole() != form.getRole()) {
            calendarFeeds.turnOff(id);
        }
        apply(employee, form);
    }

    /**
     * A new one-time password for someone who forgot theirs; they must choose their own at sign-in.
     */
    public String resetPassword(Long id) {
        String oneTime = oneTimePassword();
        employee(id).changePassword(passwordEncoder.encode(oneTime), true);
        calendarFeeds.turnOff(id);
        return oneTime;
    }

    /**
     * Stops a person from signing in, keeping their history. Refused for the last active admin and
     * for someone who still owns customers (hand the portfolio over first).
     */
    public void deactivate(Long id) {
        Employee employee = employee(id);
        if (employee.getRole() == SalesRole.ADMIN && employees.countActiveAdmins() <= 1) {
            throw new AdminRuleException("admin.lastAdmin");
        }
        long owned = ownedCustomers.countOwnedBy(id);
        if (owned > 0) {
            throw new AdminRuleException("admin.ownsCustomers", employee.getFullName(), owned);
        }
        employee.setActive(false);
        calendarFeeds.turnOff(id);
    }

    /** Turns off a person's private calendar feed (a lost phone, a link shared by mistake). */
    public void turnOffCalendarFeed(Long id) {
        calendarFeeds.turnOff(employee(id).getId());
    }

    public void activate(Long id) {
        employee(id).setActive(true);
    }

    private void apply(Employee employee, PersonForm form) {
        Team team =
                form.getTeamId() == null
                        ? null
                        : teams.findById(form.getTeamId())
                                .orElseThrow(() -> new NotFoundException("Team", form.getTeamId()));
        Set<Team> served =
                new HashSet<>(
                        form.getRole() == SalesRole.MEETING_BOOKER
                                ? teams.findAllById(form.getServedTeamIds())
                                : List.of());
        employee.update(
                form.getUsername(),
                form.getFullName(),
                form.getEmail(),
                form.getRole(),
                team,
                served,
                form.getPreferredLanguage());
    }

    private void requireFreeUsername(String username, Long exceptId) {
        Optional<Employee> holder = employees.findByUsername(username.toLowerCase(Locale.ROOT));
        if (holder.isPresent() && !holder.get().getId().equals(exceptId)) {
            throw new AdminRuleException("admin.usernameTaken", username.toLowerCase(Locale.ROOT));
        }
    }

    private String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            password.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
        }
        return password.toString();
    }

    private Employee employee(Long id) {
        return employees.findById(id).orElseThrow(() -> new NotFoundException("Employee", id));
    }

    private static Specification<Employee> matching(PeopleFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = LikePatterns.containing(filter.text());
                conditions.add(
                        cb.or(
                                cb.like(
                                        cb.lower(root.get("fullName")),
                                        pattern,
                                        LikePatterns.ESCAPE),
                                cb.like(root.get("username"), pattern, LikePatterns.ESCAPE),
                                cb.like(
                                        cb.lower(root.get("email")),
                                        pattern,
                                        LikePatterns.ESCAPE)));
            }
            if (filter.role() != null) {
                conditions.add(cb.equal(root.get("role"), filter.role()));
            }
            if (filter.teamId() != null) {
                conditions.add(cb.equal(root.get("team").get("id"), filter.teamId()));
            }
            if (filter.active() != null) {
                conditions.add(cb.equal(root.get("active"), filter.active()));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    /**
     * Every change to a person's account (name, role, team, active, password reset required);
     * newest first.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Long employeeId) {
        employees
                .findById(employeeId)
                .orElseThrow(() -> new NotFoundException("Employee", employeeId));
        return changeHistory.of(Employee.class, employeeId);
    }
}
