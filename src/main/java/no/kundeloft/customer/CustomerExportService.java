package no.kundeloft.customer;

import static no.kundeloft.customer.CustomerSpecifications.inScope;
import static no.kundeloft.customer.CustomerSpecifications.matches;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.kundeloft.base.i18n.Translations;
import no.kundeloft.importing.CountryNames;
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
 * headers and words are the user's language, which the import reads back, so an export can be
 * edited and imported again; postal codes and numbers are text and dates are dates in Excel.
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

    /**
     * The headers in each language: the import recognises them all. The last two columns hold codes
     * (country code, owner's username) for a system that wants codes, not words.
     */
    static final List<String> NORWEGIAN_HEADERS =
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
                    "Kunde siden",
                    "Landkode",
                    "Eier (brukernavn)");

    static final List<String> ENGLISH_HEADERS =
            List.of(
                    "Name",
                    "Organisation number",
                    "Sector",
                    "Industry",
                    "Country",
                    "Address",
                    "Postal code",
                    "City",
                    "E-mail",
                    "Phone",
                    "Website",
                    "Status",
                    "Tier",
                    "Owner",
                    "Customer since",
                    "Country code",
                    "Owner (username)");

    private static final int PAGE = 500;

    private final CustomerRepository customers;
    private final OrganisationService organisation;
    private final Translations translations;

    CustomerExportService(
            CustomerRepository customers,
            OrganisationService organisation,
            Translations translations) {
        this.customers = customers;
        this.organisation = organisation;
        this.translations = translations;
    }

    /**
     * Writes the matching customers in scope, sorted by name, to the stream, with headers and words
     * (sector, country, status, tier, owner) in the language.
     */
    public void export(CustomerFilter filter, Format format, Locale language, OutputStream out)
            throws IOException {
        Locale locale = Translations.supported(language);
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
                            sink.row(row(c, locale));
                        }
                    } while (page.hasNext());
                };
        List<String> headers =
                locale.getLanguage().equals("en") ? ENGLISH_HEADERS : NORWEGIAN_HEADERS;
        if (format == Format.CSV) {
            SpreadsheetWriter.csv(headers, out, rows);
        } else {
            SpreadsheetWriter.xlsx(
                    headers, translations.getTranslation("nav.customers", locale), out, rows);
        }
    }

    private List<Object> row(Customer c, Locale locale) {
        return new ArrayList<>(
                Arrays.asList(
                        c.getName(),
                        c.getOrgNumber(),
                        word("sector." + c.getSector().name(), locale),
                        c.getIndustry(),
                        CountryNames.name(c.getCountry(), locale),
                        c.getStreet(),
                        c.getPostalCode(),
                        c.getCity(),
                        c.getEmail(),
                        c.getPhone(),
                        c.getWebsite(),
                        word("status." + c.getStatus().name(), locale),
                        word("tier." + c.getTier().name(), locale),
                        c.getOwner().getFullName(),
                        c.getCustomerSince(),
                        c.getCountry(),
                        c.getOwner().getUsername()));
    }

    private String word(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
