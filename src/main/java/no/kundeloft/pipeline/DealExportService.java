package no.kundeloft.pipeline;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.kundeloft.base.i18n.Translations;
import no.kundeloft.importing.SpreadsheetWriter;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.RecordScope;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the deals in scope that match the pipeline's filter, a page at a time, as CSV or Excel,
 * with the import's headers and the words people read in the app (in bokmål), so an export reads
 * back as an import.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('MEETING_BOOKER')")
public class DealExportService {

    /** The file formats of an export. */
    public enum Format {
        CSV,
        XLSX
    }

    private static final int PAGE = 500;

    private final DealSearch search;
    private final OrganisationService organisation;
    private final Translations translations;
    private final EntityManager entityManager;
    private final Clock clock;

    DealExportService(
            DealSearch search,
            OrganisationService organisation,
            Translations translations,
            EntityManager entityManager,
            Clock clock) {
        this.search = search;
        this.organisation = organisation;
        this.translations = translations;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Writes the matching deals in scope, soonest close month first, to the stream. */
    public void export(DealFilter filter, Format format, OutputStream out) throws IOException {
        RecordScope scope = organisation.currentScope();
        List<String> headers = Arrays.stream(DealColumn.values()).map(DealColumn::header).toList();
        SpreadsheetWriter.RowSource rows =
                sink -> {
                    List<Deal> page;
                    int offset = 0;
                    do {
                        page =
                                search.find(
                                        scope,
                                        filter,
                                        clock.instant()
                                                .minus(Duration.ofDays(DealService.STUCK_DAYS)),
                                        offset,
                                        PAGE,
                                        Sort.by("closeMonth").and(Sort.by("customer")));
                        for (Deal deal : page) {
                            sink.row(row(deal));
                        }
                        offset += PAGE;
                        entityManager.clear();
                    } while (page.size() == PAGE);
                };
        if (format == Format.CSV) {
            SpreadsheetWriter.csv(headers, out, rows);
        } else {
            SpreadsheetWriter.xlsx(headers, "Salgsmuligheter", out, rows);
        }
    }

    private List<Object> row(Deal deal) {
        DealStage stage = deal.getStage();
        return new ArrayList<>(
                Arrays.asList(
                        deal.getCustomer().getOrgNumber(),
                        deal.getCustomer().getName(),
                        deal.getTitle(),
                        deal.getKind() == DealKind.GROWTH ? "Vekst" : "Nysalg",
                        deal.getYearlyValue(),
                        deal.getOneOffValue(),
                        stage.getCode() == null
                                ? stage.getName()
                                : translations.getTranslation(
                                        "stage." + stage.getCode(), Translations.NORWEGIAN),
                        deal.getProbability(),
                        deal.getCloseMonth().toString(),
                        deal.getOwner().getFullName(),
                        deal.getNextStep(),
                        deal.getNextStepDue(),
                        deal.getCompetitor(),
                        deal.getCloseReason()));
    }
}
