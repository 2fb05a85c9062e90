package no.kundeloft.organisation;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.ImportRefusedException;
import no.kundeloft.importing.Table;
import no.kundeloft.security.SalesRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports people from a table (name, username, e-mail, role, team), as a company moving from
 * another CRM does once: every row is checked first, then all are created, each with a one-time
 * password, or none.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class PeopleImportService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{1,60}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, String> HEADERS =
            Map.ofEntries(
                    Map.entry("navn", "name"),
                    Map.entry("name", "name"),
                    Map.entry("fulltnavn", "name"),
                    Map.entry("fullname", "name"),
                    Map.entry("brukernavn", "username"),
                    Map.entry("username", "username"),
                    Map.entry("bruker", "username"),
                    Map.entry("epost", "email"),
                    Map.entry("email", "email"),
                    Map.entry("mail", "email"),
                    Map.entry("rolle", "role"),
                    Map.entry("role", "role"),
                    Map.entry("stilling", "role"),
                    Map.entry("team", "team"),
                    Map.entry("teamnavn", "team"));
    private static final Map<String, SalesRole> ROLES = new HashMap<>();

    static {
        for (SalesRole role : SalesRole.values()) {
            ROLES.put(normalise(role.name()), role);
        }
        ROLES.put("accountmanager", SalesRole.ACCOUNT_MANAGER);
        ROLES.put("keyaccountmanager", SalesRole.KEY_ACCOUNT_MANAGER);
        ROLES.put("teamleder", SalesRole.TEAM_LEADER);
        ROLES.put("teamleader", SalesRole.TEAM_LEADER);
        ROLES.put("salgssjef", SalesRole.SALES_MANAGER);
        ROLES.put("salesmanager", SalesRole.SALES_MANAGER);
        ROLES.put("salgsdirektør", SalesRole.SALES_DIRECTOR);
        ROLES.put("salesdirector", SalesRole.SALES_DIRECTOR);
        ROLES.put("møtebooker", SalesRole.MEETING_BOOKER);
        ROLES.put("meetingbooker", SalesRole.MEETING_BOOKER);
        ROLES.put("telefonselger", SalesRole.TELESALES);
        ROLES.put("telesales", SalesRole.TELESALES);
        ROLES.put("standselger", SalesRole.FIELD_SALES);
        ROLES.put("fieldsales", SalesRole.FIELD_SALES);
        ROLES.put("administrator", SalesRole.ADMIN);
    }

    private final EmployeeRepository employees;
    private final TeamRepository teams;
    private final AdminService admin;

    private final Validator validator;

    PeopleImportService(
            EmployeeRepository employees,
            TeamRepository teams,
            AdminService admin,
            Validator validator) {
        this.validator = validator;
        this.employees = employees;
        this.teams = teams;
        this.admin = admin;
    }

    /** Checks every row, writing nothing. */
    @Transactional(readOnly = true)
    public PeopleImport check(Table table) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String field = HEADERS.get(normalise(table.headers().get(i)));
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        Map<String, Team> teamsByName = new HashMap<>();
        teams.findAll().forEach(t -> teamsByName.put(t.getName().toLowerCase(Locale.ROOT), t));
        Map<String, Integer> seen = new HashMap<>();
        List<PeopleImport.Row> rows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            String name = cell(row, columns, "name");
            String username = cell(row, columns, "username").toLowerCase(Locale.ROOT);
            String email = cell(row, columns, "email");
            String role = cell(row, columns, "role");
            String team = cell(row, columns, "team");
            List<Problem> problems = new ArrayList<>();
            if (name.isBlank()) {
                problems.add(new Problem("peopleImport.name"));
            }
            if (!USERNAME.matcher(username).matches()) {
                problems.add(new Problem("peopleImport.username", username));
            } else if (employees.findByUsername(username).isPresent()) {
                problems.add(new Problem("admin.usernameTaken", username));
            } else if (seen.putIfAbsent(username, row.line()) != null) {
                problems.add(new Problem("peopleImport.twice", username, seen.get(username)));
            }
            if (!email.isBlank() && !EMAIL.matcher(email).matches()) {
                problems.add(new Problem("import.problem.email", email));
            }
            tooLong(
                    name,
                    "fullName",
                    table.headers().get(columns.getOrDefault("name", 0)),
                    problems);
            if (columns.containsKey("email")) {
                tooLong(email, "email", table.headers().get(columns.get("email")), problems);
            }
            if (role(role).isEmpty()) {
                problems.add(new Problem("peopleImport.role", role));
            }
            if (!team.isBlank() && !teamsByName.containsKey(team.toLowerCase(Locale.ROOT))) {
                problems.add(new Problem("peopleImport.team", team));
            }
            rows.add(new PeopleImport.Row(row.line(), name, username, email, role, team, problems));
        }
        return new PeopleImport(rows);
    }

    /**
     * A value longer than {@link PersonForm} allows (the column's size), found before the preview
     * says "no problems".
     */
    private void tooLong(String value, String property, String column, List<Problem> problems) {
        validator.validateValue(PersonForm.class, property, value).stream()
                .map(violation -> violation.getConstraintDescriptor().getAnnotation())
                .filter(Size.class::isInstance)
                .map(Size.class::cast)
                .findFirst()
                .ifPresent(
                        size ->
                                problems.add(
                                        new Problem("import.problem.tooLong", column, size.max())));
    }

    /** Creates every person, each with a one-time password, or nobody when a row has a problem. */
    public List<PeopleImport.Created> importAll(Table table) {
        PeopleImport checked = check(table);
        if (!checked.canImport()) {
            throw new ImportRefusedException(checked);
        }
        Map<String, Long> teamIds = new HashMap<>();
        teams.findAll().forEach(t -> teamIds.put(t.getName().toLowerCase(Locale.ROOT), t.getId()));
        List<PeopleImport.Created> created = new ArrayList<>();
        for (PeopleImport.Row row : checked.rows()) {
            PersonForm form = new PersonForm();
            form.setFullName(row.fullName());
            form.setUsername(row.username());
            form.setEmail(row.email());
            form.setRole(role(row.roleName()).orElseThrow());
            form.setTeamId(
                    row.teamName().isBlank()
                            ? null
                            : teamIds.get(row.teamName().toLowerCase(Locale.ROOT)));
            created.add(
                    new PeopleImport.Created(row.username(), row.fullName(), admin.create(form)));
        }
        return created;
    }

    private static Optional<SalesRole> role(String text) {
        return Optional.ofNullable(ROLES.get(normalise(text)));
    }

    private static String cell(Table.Row row, Map<String, Integer> columns, String field) {
        Integer index = columns.get(field);
        return index == null ? "" : row.cell(index);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9æøå]", "");
    }
}
