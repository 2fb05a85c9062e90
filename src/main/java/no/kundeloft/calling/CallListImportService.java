package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.Texts;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.OrganisationNumber;
import no.kundeloft.customer.PhoneNumbers;
import no.kundeloft.importing.Headers;
import no.kundeloft.importing.ImportRefusedException;
import no.kundeloft.importing.Table;
import no.kundeloft.organisation.Team;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts for a call list from a file (CSV or Excel): each row names a customer of the list's
 * teams (organisation number, or exact name) and a person (phone number, or name). A person not yet
 * a contact there is added as one. The file is checked whole before anything is saved, and imported
 * all or nothing; rows on the list already and people who asked not to be called are left out and
 * counted.
 */
@Service
@PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','ADMIN')")
@Transactional(readOnly = true)
public class CallListImportService {

    enum Column {
        ORG_NUMBER,
        COMPANY,
        PERSON,
        PHONE,
        EMAIL,
        TITLE
    }

    private static final Map<String, Column> HEADERS = new HashMap<>();

    static {
        for (String h :
                List.of(
                        "organisasjonsnummer",
                        "orgnr",
                        "orgnummer",
                        "organisationnumber",
                        "orgno",
                        "orgnumber")) {
            HEADERS.put(h, Column.ORG_NUMBER);
        }
        for (String h :
                List.of(
                        "firma",
                        "bedrift",
                        "kunde",
                        "selskap",
                        "company",
                        "customer",
                        "accountname",
                        "account")) {
            HEADERS.put(h, Column.COMPANY);
        }
        for (String h :
                List.of(
                        "kontakt",
                        "kontaktperson",
                        "navn",
                        "person",
                        "name",
                        "contact",
                        "contactname",
                        "fullname")) {
            HEADERS.put(h, Column.PERSON);
        }
        for (String h :
                List.of(
                        "telefon",
                        "tlf",
                        "mobil",
                        "mobilnummer",
                        "telefonnummer",
                        "phone",
                        "mobile",
                        "phonenumber")) {
            HEADERS.put(h, Column.PHONE);
        }
        for (String h : List.of("epost", "email", "mail", "epostadresse")) {
            HEADERS.put(h, Column.EMAIL);
        }
        for (String h : List.of("tittel", "stilling", "title", "jobtitle")) {
            HEADERS.put(h, Column.TITLE);
        }
    }

    private final EntityManager entityManager;
    private final CallListService lists;

    CallListImportService(EntityManager entityManager, CallListService lists) {
        this.entityManager = entityManager;
        this.lists = lists;
    }

    /** What importing the file would do, row by row; nothing is saved. */
    public ListImportPreview check(Long listId, @NotNull Table table) {
        return new ListImportPreview(
                plan(requireList(listId), table).stream().map(Planned::row).toList());
    }

    /**
     * Imports the file: refused whole (nothing saved, {@link ImportRefusedException}) when any row
     * has a problem or nothing would be added; returns how many contacts were added.
     */
    @Transactional
    public int importAll(Long listId, @NotNull Table table) {
        CallList list = requireList(listId);
        entityManager.lock(list, LockModeType.PESSIMISTIC_WRITE);
        List<Planned> planned = plan(list, table);
        ListImportPreview checked =
                new ListImportPreview(planned.stream().map(Planned::row).toList());
        if (!checked.canImport()) {
            throw new ImportRefusedException(checked);
        }
        int added = 0;
        Set<Long> taken = new HashSet<>();
        for (Planned p : planned) {
            Contact contact = p.contact();
            if (p.row().result() == ListImportRow.Result.NEW_CONTACT) {
                contact =
                        new Contact(
                                p.customer(),
                                p.row().person(),
                                p.title(),
                                p.email(),
                                p.row().phone());
                entityManager.persist(contact);
            }
            if (contact != null && (contact.getId() == null || taken.add(contact.getId()))) {
                entityManager.persist(new CallListEntry(list, p.customer(), contact));
                added++;
            }
        }
        return added;
    }

    private record Planned(
            ListImportRow row, Customer customer, Contact contact, String title, String email) {}

    private List<Planned> plan(CallList list, Table table) {
        Map<Integer, Column> columns = Headers.match(table.headers(), HEADERS);
        if (!columns.containsValue(Column.ORG_NUMBER) && !columns.containsValue(Column.COMPANY)
                || !columns.containsValue(Column.PHONE) && !columns.containsValue(Column.PERSON)) {
            throw new CallListRefusedException("listImport.refused.columns");
        }
        Set<Long> teamIds = list.getTeams().stream().map(Team::getId).collect(Collectors.toSet());
        Set<Long> onList =
                new HashSet<>(
                        entityManager
                                .createQuery(
                                        "select e.contact.id from CallListEntry e where e.callList = :list",
                                        Long.class)
                                .setParameter("list", list)
                                .getResultList());
        List<Planned> planned = new ArrayList<>();
        Set<String> seenNew = new HashSet<>();
        for (Table.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            Map<Column, String> cells = new HashMap<>();
            columns.forEach(
                    (index, column) -> cells.put(column, Texts.blankToNull(row.cell(index))));
            planned.add(planRow(row.line(), cells, teamIds, onList, seenNew));
        }
        return planned;
    }

    private Planned planRow(
            int line,
            Map<Column, String> cells,
            Set<Long> teamIds,
            Set<Long> onList,
            Set<String> seenNew) {
        String company = cells.get(Column.COMPANY);
        String orgNumber = OrganisationNumber.normalise(cells.get(Column.ORG_NUMBER));
        String person = cells.get(Column.PERSON);
        String phone = cells.get(Column.PHONE);
        Customer customer = customer(orgNumber, company, teamIds);
        String shownCompany =
                customer != null ? customer.getName() : company != null ? company : orgNumber;
        if (customer == null) {
            return problem(
                    line, shownCompany, person, phone, "listImport.problem.customer", shownCompany);
        }
        Contact contact = contact(customer, phone, person);
        if (contact == null) {
            if (person == null
                    || phone == null
                    || !phone.matches(no.kundeloft.customer.CustomerForm.PHONE_PATTERN)) {
                return problem(
                        line,
                        shownCompany,
                        person,
                        phone,
                        "listImport.problem.newContact",
                        person == null ? "" : person);
            }
            boolean first = seenNew.add(customer.getId() + "|" + person.toLowerCase(Locale.ROOT));
            ListImportRow.Result result =
                    first ? ListImportRow.Result.NEW_CONTACT : ListImportRow.Result.ALREADY_ON_LIST;
            return new Planned(
                    new ListImportRow(line, shownCompany, person, phone, result, null, null),
                    customer,
                    null,
                    cells.get(Column.TITLE),
                    cells.get(Column.EMAIL));
        }
        ListImportRow.Result result =
                contact.isDoNotCall()
                        ? ListImportRow.Result.DO_NOT_CALL
                        : !onList.add(contact.getId())
                                ? ListImportRow.Result.ALREADY_ON_LIST
                                : ListImportRow.Result.EXISTING_CONTACT;
        return new Planned(
                new ListImportRow(
                        line,
                        shownCompany,
                        contact.getFullName(),
                        contact.getPhone(),
                        result,
                        null,
                        null),
                customer,
                result == ListImportRow.Result.EXISTING_CONTACT ? contact : null,
                null,
                null);
    }

    private static Planned problem(
            int line, String company, String person, String phone, String key, String value) {
        return new Planned(
                new ListImportRow(
                        line, company, person, phone, ListImportRow.Result.PROBLEM, key, value),
                null,
                null,
                null,
                null);
    }

    private Customer customer(String orgNumber, String company, Set<Long> teamIds) {
        if (orgNumber == null && company == null) {
            return null;
        }
        String where = orgNumber != null ? "c.orgNumber = :key" : "lower(c.name) = :key";
        return entityManager
                .createQuery(
                        "select c from Customer c where "
                                + where
                                + " and c.owner.team.id in :teams",
                        Customer.class)
                .setParameter(
                        "key", orgNumber != null ? orgNumber : company.toLowerCase(Locale.ROOT))
                .setParameter("teams", teamIds)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    private Contact contact(Customer customer, String phone, String person) {
        String ending = PhoneNumbers.endingWith(phone);
        if (ending != null) {
            Contact byPhone =
                    entityManager
                            .createQuery(
                                    "select k from Contact k where k.customer = :c and k.phoneDigits like :digits",
                                    Contact.class)
                            .setParameter("c", customer)
                            .setParameter("digits", ending)
                            .setMaxResults(1)
                            .getResultList()
                            .stream()
                            .findFirst()
                            .orElse(null);
            if (byPhone != null) {
                return byPhone;
            }
        }
        if (person == null) {
            return null;
        }
        return entityManager
                .createQuery(
                        "select k from Contact k where k.customer = :c and lower(k.fullName) = :name",
                        Contact.class)
                .setParameter("c", customer)
                .setParameter("name", person.toLowerCase(Locale.ROOT))
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    private CallList requireList(Long listId) {
        CallListDetails details = lists.get(listId);
        if (!details.editable()) {
            throw new NotFoundException("CallList", listId);
        }
        return entityManager.find(CallList.class, listId);
    }
}
