package no.kundeloft.customer;

import static no.kundeloft.customer.CustomerSpecifications.inScope;
import static no.kundeloft.customer.CustomerSpecifications.matches;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.kundeloft.importing.SpreadsheetWriter;
import no.kundeloft.organisation.OrganisationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the customers in scope that match the list's filter, page by page, as CSV or Excel. The
 * headers are the import's, so an export can be edited and imported elsewhere.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CustomerExportService {

    /** The file formats of an export. */
    public enum Format {
        CSV,
        XLSX
    }

    static final List<String> HEADERS =
            List.of(
                    "Navn",
                    "Organisasjonsnummer",
                    "Sektor",
                    "Bransje",
                    "Land",
                    "Adresse",
                    "Postnummer",
                    "Poststed",
                    "E-post",
                    "Telefon",
                    "Nettsted",
                    "Status",
                    "Kundetype",
                    "Eier",
                    "Kunde siden");
    private static final int PAGE = 500;

    private final CustomerRepository customers;
    private final OrganisationService organisation;

    CustomerExportService(CustomerRepository customers, OrganisationService organisation) {
        this.customers = customers;
        this.organisation = organisation;
    }

    /** Writes the matching customers in scope, sorted by name, to the stream. */
    public void export(CustomerFilter filter, Format format, OutputStream out) throws IOException {
        Specification<Customer> spec = inScope(organisation.currentScope()).and(matches(filter));
        SpreadsheetWriter.RowSource rows =
                sink -> {
                    Page<Customer> page;
                    int number = 0;
                    do {
                        page =
                                customers.findAll(
                                        spec,
                                        PageRequest.of(number++, PAGE, Sort.by("name", "id")));
                        for (Customer c : page) {
                            sink.row(row(c));
                        }
                    } while (page.hasNext());
                };
        if (format == Format.CSV) {
            SpreadsheetWriter.csv(HEADERS, out, rows);
        } else {
            SpreadsheetWriter.xlsx(HEADERS, "Kunder", out, rows);
        }
    }

    private static List<Object> row(Customer c) {
        return new ArrayList<>(
                Arrays.asList(
                        c.getName(),
                        c.getOrgNumber(),
                        c.getSector(),
                        c.getIndustry(),
                        c.getCountry(),
                        c.getStreet(),
                        c.getPostalCode(),
                        c.getCity(),
                        c.getEmail(),
                        c.getPhone(),
                        c.getWebsite(),
                        c.getStatus(),
                        c.getTier(),
                        c.getOwner().getUsername(),
                        c.getCustomerSince()));
    }
}
