package no.kundeloft.pipeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.util.Locale;
import java.util.function.Supplier;
import no.kundeloft.pipeline.DealExportService;
import no.kundeloft.pipeline.DealFilter;

/** A link that downloads the deals matching the pipeline's filter as it is when it is clicked. */
final class DealExportLink {

    private DealExportLink() {}

    static Anchor of(
            Component where,
            Supplier<DealFilter> filter,
            DealExportService exports,
            DealExportService.Format format,
            String labelKey,
            String fileName) {
        Anchor link =
                new Anchor(
                        event -> {
                            event.setFileName(fileName);
                            event.setContentType(
                                    format == DealExportService.Format.CSV
                                            ? "text/csv; charset=UTF-8"
                                            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                            exports.export(filter.get(), format, event.getOutputStream());
                        },
                        where.getTranslation(labelKey));
        link.setId("export-" + format.name().toLowerCase(Locale.ROOT));
        return link;
    }
}
