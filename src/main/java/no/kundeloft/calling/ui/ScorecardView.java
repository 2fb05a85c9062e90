package no.kundeloft.calling.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kundeloft.base.ui.AdminTabs;
import no.kundeloft.base.ui.NamedItemsEditor;
import no.kundeloft.calling.CriterionRow;
import no.kundeloft.calling.ScorecardService;
import no.kundeloft.security.Roles;

/**
 * {@code /admin/scorecard}: the criteria leaders score calls by (1–5 each); a retired one keeps its
 * old scores.
 */
@Route("admin/scorecard")
@RolesAllowed(Roles.ADMIN)
public class ScorecardView extends Div implements HasDynamicTitle {

    public ScorecardView(ScorecardService reviews) {
        addClassName("admin-view");
        NamedItemsEditor<CriterionRow> editor =
                new NamedItemsEditor<>(
                        "criterion",
                        getTranslation("scorecard.name"),
                        getTranslation("scorecard.add"),
                        getTranslation("scorecard.active"),
                        100,
                        reviews::allCriteria,
                        reviews::addCriterion,
                        CriterionRow::name,
                        CriterionRow::active,
                        (criterion, active) -> reviews.setCriterionActive(criterion.id(), active));
        editor.grid().setId("criteria-grid");
        add(
                AdminTabs.of(this, "admin/scorecard"),
                new H2(getTranslation("scorecard.title")),
                new Paragraph(getTranslation("scorecard.text")),
                editor);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scorecard.title") + " – " + getTranslation("app.name");
    }
}
