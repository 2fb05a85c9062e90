package no.kundeloft.visit;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part another feature adds to the visit briefing (the account plan summary for key customers),
 * so visits need not know that feature. Beans are shown in their {@code @Order}.
 */
public interface BriefingSection {

    /**
     * The part for this customer, or empty when there is nothing to show or the user may not see
     * it.
     */
    Optional<Component> create(Long customerId);
}
