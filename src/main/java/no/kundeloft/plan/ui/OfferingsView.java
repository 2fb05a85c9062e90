package no.kundeloft.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kundeloft.base.ui.AdminTabs;
import no.kundeloft.base.ui.NamedItemsEditor;
import no.kundeloft.plan.Offering;
import no.kundeloft.plan.OfferingService;
import no.kundeloft.security.Roles;

/**
 * {@code /admin/offerings}: the catalogue of what we sell, the columns of every plan's whitespace
 * grid.
 */
@Route("admin/offerings")
@RolesAllowed(Roles.ADMIN)
public class OfferingsView extends Div implements HasDynamicTitle {

    public OfferingsView(OfferingService offerings) {
        addClassName("admin-view");
        NamedItemsEditor<Offering> editor =
                new NamedItemsEditor<>(
                        "offering",
                        getTranslation("offerings.name"),
                        getTranslation("offerings.add"),
                        getTranslation("offerings.active"),
                        200,
                        offerings::all,
                        offerings::add,
                        Offering::getName,
                        Offering::isActive,
                        (offering, active) -> offerings.setActive(offering.getId(), active));
        editor.grid().setId("offerings-grid");
        editor.grid().setEmptyStateText(getTranslation("offerings.none"));
        add(
                AdminTabs.of(this, "admin/offerings"),
                new H2(getTranslation("offerings.title")),
                new Paragraph(getTranslation("offerings.text")),
                editor);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offerings.title") + " – " + getTranslation("app.name");
    }
}
