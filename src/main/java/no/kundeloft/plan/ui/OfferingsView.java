package no.kundeloft.plan.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.AdminTabs;
import no.kundeloft.plan.Offering;
import no.kundeloft.plan.OfferingService;

/** {@code /admin/offerings}: the catalogue of what we sell, the columns of every plan's whitespace grid. */
@Route("admin/offerings")
@RolesAllowed("ADMIN")
public class OfferingsView extends Div implements HasDynamicTitle {

    private final OfferingService offerings;
    private final Grid<Offering> grid = new Grid<>();

    public OfferingsView(OfferingService offerings) {
        this.offerings = offerings;
        addClassName("admin-view");
        TextField name = new TextField(getTranslation("offerings.name"));
        name.setId("offering-name");
        name.setMaxLength(200);
        Button add = new Button(getTranslation("offerings.add"), e -> {
            try {
                offerings.add(name.getValue());
                name.clear();
                name.setInvalid(false);
                refresh();
            } catch (RefusedException refused) {
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                name.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("offering-add");
        add.addClickShortcut(Key.ENTER);
        Div form = new Div(name, add);
        form.addClassName("phasing");
        grid.setId("offerings-grid");
        grid.addColumn(Offering::getName).setHeader(getTranslation("offerings.name")).setFlexGrow(1);
        grid.addComponentColumn(offering -> {
            Checkbox active = new Checkbox(offering.isActive());
            active.setAriaLabel(getTranslation("offerings.active") + " " + offering.getName());
            active.addValueChangeListener(e -> {
                offerings.setActive(offering.getId(), e.getValue());
                refresh();
            });
            return active;
        }).setHeader(getTranslation("offerings.active")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("offerings.none"));
        add(AdminTabs.of(this, "admin/offerings"), new H2(getTranslation("offerings.title")),
                new Paragraph(getTranslation("offerings.text")), form, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(offerings.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offerings.title") + " – " + getTranslation("app.name");
    }
}
