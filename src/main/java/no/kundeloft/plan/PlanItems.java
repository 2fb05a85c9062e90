package no.kundeloft.plan;

import java.util.List;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.NotFoundException;

/**
 * Small rules every plan section's save follows: items found by id, unchanged since opened, texts
 * within their length.
 */
final class PlanItems {

    private PlanItems() {}

    static <T> T add(List<T> list, T item) {
        list.add(item);
        return item;
    }

    /**
     * The item, unless someone saved it after the version the user opened (the plan's lock orders
     * the saves).
     */
    static <T extends AbstractEntity> T unchanged(T item, long openedVersion) {
        if (item.getVersion() != openedVersion) {
            throw new PlanRefusedException("plan.refused.itemChanged");
        }
        return item;
    }

    static <T extends AbstractEntity> T find(List<T> items, Long id) {
        return items.stream()
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Plan item", id));
    }

    static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new PlanRefusedException("plan.refused.tooLong", max);
        }
        return stripped;
    }
}
