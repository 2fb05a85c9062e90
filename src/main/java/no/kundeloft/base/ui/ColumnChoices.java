package no.kundeloft.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An import's columns, one choice per header of the file: what the column holds, proposed from its
 * header and changed by the user, or "not imported".
 */
public class ColumnChoices<T> extends Div {

    private final Map<Integer, Select<T>> choices = new LinkedHashMap<>();

    public ColumnChoices(
            List<String> headers,
            List<T> meanings,
            Map<Integer, T> proposed,
            Function<T, String> label,
            String notImported) {
        addClassName("import-columns");
        for (int i = 0; i < headers.size(); i++) {
            Select<T> choice = new Select<>();
            choice.setLabel(headers.get(i));
            choice.setItems(meanings);
            choice.setEmptySelectionAllowed(true);
            choice.setEmptySelectionCaption(notImported);
            choice.setItemLabelGenerator(
                    meaning -> meaning == null ? notImported : label.apply(meaning));
            choice.setValue(proposed.get(i));
            choices.put(i, choice);
            add(choice);
        }
    }

    /** The choice for the column at an index. */
    public Select<T> choice(int column) {
        return choices.get(column);
    }

    /**
     * What each column holds, by index; a meaning is used once, by the first column that has it.
     */
    public Map<Integer, T> mapping() {
        Map<Integer, T> mapping = new LinkedHashMap<>();
        choices.forEach(
                (index, choice) -> {
                    if (choice.getValue() != null && !mapping.containsValue(choice.getValue())) {
                        mapping.put(index, choice.getValue());
                    }
                });
        return mapping;
    }
}
