package no.kundeloft.calling.ui;

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
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.calling.CallReviewService;
import no.kundeloft.calling.CriterionRow;

/** {@code /admin/scorecard}: the criteria leaders score calls by (1–5 each); a retired one keeps its old scores. */
@Route("admin/scorecard")
@RolesAllowed("ADMIN")
public class ScorecardView extends Div implements HasDynamicTitle {

    private final CallReviewService reviews;
    private final Grid<CriterionRow> grid = new Grid<>();

    public ScorecardView(CallReviewService reviews) {
        this.reviews = reviews;
        addClassName("admin-view");
        TextField name = new TextField(getTranslation("scorecard.name"));
        name.setId("criterion-name");
        name.setMaxLength(100);
        Button add = new Button(getTranslation("scorecard.add"), e -> {
            try {
                reviews.addCriterion(name.getValue());
                name.clear();
                name.setInvalid(false);
                refresh();
            } catch (RefusedException refused) {
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                name.setInvalid(true);
            } catch (jakarta.validation.ConstraintViolationException invalid) {
                name.setErrorMessage(getTranslation("scorecard.nameRequired"));
                name.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("criterion-add");
        add.addClickShortcut(Key.ENTER);
        Div form = new Div(name, add);
        form.addClassName("phasing");
        grid.setId("criteria-grid");
        grid.addColumn(CriterionRow::name).setHeader(getTranslation("scorecard.name")).setFlexGrow(1);
        grid.addComponentColumn(criterion -> {
            Checkbox active = new Checkbox(criterion.active());
            active.setAriaLabel(getTranslation("scorecard.active") + " " + criterion.name());
            active.addValueChangeListener(e -> {
                try {
                    reviews.setCriterionActive(criterion.id(), e.getValue());
                } catch (RefusedException refused) {
                    Refusals.show(this, refused);
                }
                refresh();
            });
            return active;
        }).setHeader(getTranslation("scorecard.active")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(AdminTabs.of(this, "admin/scorecard"), new H2(getTranslation("scorecard.title")),
                new Paragraph(getTranslation("scorecard.text")), form, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(reviews.allCriteria());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scorecard.title") + " – " + getTranslation("app.name");
    }
}
