package no.kundeloft.customer;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another feature adds to the customer page (revenue now; visits and plans later), so the
 * customer feature need not know those features. Beans are shown in their {@code @Order}.
 */
public interface CustomerPageSection {

    /** The section for this customer, or empty when the current user may not see it. */
    Optional<Component> create(CustomerDetails customer);
}
