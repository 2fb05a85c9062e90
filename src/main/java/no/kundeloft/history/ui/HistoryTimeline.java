package no.kundeloft.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.SharedComponent;
import no.kundeloft.history.ChangeRevision;
import no.kundeloft.history.HistoryEntry;
import no.kundeloft.history.HistoryEntry.FieldChange;

/**
 * Saved changes as a timeline, newest first: when, who, which record, and each field from what to
 * what. Values are shown in the user's language (dates, amounts, yes/no, the names of roles and
 * statuses).
 */
@SharedComponent
public class HistoryTimeline extends Div {

    /** Where each enum's names are translated (the keys the rest of the app already uses). */
    private static final Map<String, String> ENUM_KEYS =
            Map.ofEntries(
                    Map.entry("CustomerStatus", "status"),
                    Map.entry("CustomerTier", "tier"),
                    Map.entry("Sector", "sector"),
                    Map.entry("BuyingRole", "plan.role"),
                    Map.entry("Attitude", "plan.attitude"),
                    Map.entry("SalesRole", "role"),
                    Map.entry("VisitMode", "visit.mode"),
                    Map.entry("VisitStatus", "visit.status"),
                    Map.entry("VisitOutcome", "visit.outcome"),
                    Map.entry("ParticipantStatus", "visit.participant"),
                    Map.entry("ObjectiveStatus", "plan.status"),
                    Map.entry("ReviewVerdict", "plan.verdict"),
                    Map.entry("WhitespaceState", "plan.state"),
                    Map.entry("BudgetKind", "budget.kind"),
                    Map.entry("BudgetStatus", "budget.status"));

    public HistoryTimeline(List<HistoryEntry> entries) {
        this(entries, entry -> Optional.empty());
    }

    /** With an action the page offers next to some entries (say, erasing a removed contact). */
    public HistoryTimeline(
            List<HistoryEntry> entries, Function<HistoryEntry, Optional<Component>> actions) {
        addClassName("history-timeline");
        if (entries.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("history.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        UnorderedList list = new UnorderedList();
        entries.forEach(
                entry -> {
                    ListItem item = item(entry);
                    actions.apply(entry)
                            .ifPresent(
                                    action ->
                                            item.getChildren()
                                                    .findFirst()
                                                    .ifPresent(
                                                            heading ->
                                                                    ((Div) heading).add(action)));
                    list.add(item);
                });
        add(list);
    }

    private ListItem item(HistoryEntry entry) {
        Locale locale = getLocale();
        Span when = new Span(Formats.dateTime(entry.at(), locale));
        when.addClassName("history-when");
        String who =
                ChangeRevision.SYSTEM.equals(entry.byUsername())
                        ? getTranslation("history.system")
                        : entry.byName();
        Span by = new Span(getTranslation("history.by", who));
        by.addClassName("history-who");
        String record = getTranslation("history.record." + entry.recordType());
        String label =
                entry.recordLabel() == null || entry.recordLabel().isBlank()
                        ? ""
                        : " " + entry.recordLabel();
        Span what = new Span(record + label + " " + getTranslation("history.kind." + entry.kind()));
        what.addClassName("history-what");
        Div heading = new Div(when, what, by);
        heading.addClassName("history-heading");
        ListItem item = new ListItem(heading);
        item.addClassNames(
                "history-entry", "history-" + entry.kind().name().toLowerCase(Locale.ROOT));
        if (!entry.changes().isEmpty()) {
            UnorderedList changes = new UnorderedList();
            changes.addClassName("history-changes");
            entry.changes().forEach(change -> changes.add(change(change)));
            item.add(changes);
        }
        return item;
    }

    private ListItem change(FieldChange change) {
        Span field = new Span(fieldLabel(change.field()));
        field.addClassName("history-field");
        Span from = new Span(value(change.from()));
        from.addClassName("history-from");
        Span to = new Span(value(change.to()));
        to.addClassName("history-to");
        return new ListItem(field, from, new Span(" → "), to);
    }

    private String fieldLabel(String field) {
        try {
            return Formats.month(YearMonth.parse(field), getLocale());
        } catch (DateTimeParseException notAMonth) {
            String translated = getTranslation("history.field." + field);
            return translated.startsWith("!") ? field : translated;
        }
    }

    String value(Object value) {
        Locale locale = getLocale();
        return switch (value) {
            case null -> getTranslation("history.none");
            case Boolean yes -> getTranslation(yes ? "history.yes" : "history.no");
            case Instant instant -> Formats.dateTime(instant, locale);
            case LocalDate date -> Formats.date(date, locale);
            case BigDecimal amount -> number(amount, locale);
            case Enum<?> name -> enumName(name);
            default -> String.valueOf(value);
        };
    }

    private String enumName(Enum<?> value) {
        String prefix = ENUM_KEYS.get(value.getDeclaringClass().getSimpleName());
        String translated = prefix == null ? "" : getTranslation(prefix + "." + value.name());
        return prefix == null || translated.startsWith("!") ? value.name() : translated;
    }

    private static String number(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /**
     * The timeline for what a supplier reads when first shown, so closed sections cost no query.
     */
    public static Component section(Supplier<List<HistoryEntry>> entries) {
        return new HistorySection(entries, entry -> Optional.empty());
    }

    /** The same, with an action next to some entries. */
    public static Component section(
            Supplier<List<HistoryEntry>> entries,
            Function<HistoryEntry, Optional<Component>> actions) {
        return new HistorySection(entries, actions);
    }
}
