package no.kundeloft.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import no.kundeloft.history.HistoryEntry;

/**
 * A record page's History: closed at first, and read from the database only when the user opens it
 * (and again each time it is reopened, so it shows what was just saved).
 */
class HistorySection extends Details {

    HistorySection(
            Supplier<List<HistoryEntry>> entries,
            Function<HistoryEntry, Optional<Component>> actions) {
        setSummary(new Span(getTranslation("history.title")));
        addClassNames("card", "section", "history-section");
        setId("history");
        addOpenedChangeListener(
                event -> {
                    if (event.isOpened()) {
                        removeAll();
                        add(new HistoryTimeline(entries.get(), actions));
                    }
                });
    }
}
