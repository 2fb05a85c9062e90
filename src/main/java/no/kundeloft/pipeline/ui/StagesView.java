package no.kundeloft.pipeline.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.AdminTabs;
import no.kundeloft.base.ui.IconButton;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.pipeline.StageOption;
import no.kundeloft.pipeline.StageService;
import no.kundeloft.security.Roles;

/**
 * {@code /admin/stages}: the pipeline's stages, their order and default probability. Won and Lost
 * always stay.
 */
@Route("admin/stages")
@RolesAllowed(Roles.ADMIN)
public class StagesView extends Div implements HasDynamicTitle {

    private final StageService stages;
    private final Grid<StageOption> grid = new Grid<>();

    public StagesView(StageService stages) {
        this.stages = stages;
        addClassName("admin-view");
        TextField name = new TextField(getTranslation("stages.name"));
        name.setId("stage-name");
        name.setMaxLength(60);
        IntegerField probability = new IntegerField(getTranslation("stages.probability"));
        probability.setId("stage-probability");
        probability.setMin(0);
        probability.setMax(100);
        Button add =
                new Button(
                        getTranslation("stages.add"),
                        e -> {
                            try {
                                stages.add(
                                        name.getValue(),
                                        probability.getValue() == null
                                                ? -1
                                                : probability.getValue());
                                name.clear();
                                probability.clear();
                                name.setInvalid(false);
                                refresh();
                            } catch (RefusedException refused) {
                                name.setErrorMessage(
                                        getTranslation(refused.messageKey(), refused.arguments()));
                                name.setInvalid(true);
                            }
                        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("stage-add");
        add.addClickShortcut(Key.ENTER);
        Div form = new Div(name, probability, add);
        form.addClassName("phasing");

        grid.setId("stages-grid");
        grid.addColumn(stage -> StageNames.of(this, stage))
                .setHeader(getTranslation("stages.name"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::probabilityField)
                .setHeader(getTranslation("stages.probability"))
                .setAutoWidth(true);
        grid.addComponentColumn(
                        stage -> {
                            Div order = new Div();
                            if (stage.open()) {
                                order.add(
                                        IconButton.of(
                                                VaadinIcon.ARROW_UP,
                                                getTranslation(
                                                        "stages.up", StageNames.of(this, stage)),
                                                () -> change(() -> stages.move(stage.id(), -1))),
                                        IconButton.of(
                                                VaadinIcon.ARROW_DOWN,
                                                getTranslation(
                                                        "stages.down", StageNames.of(this, stage)),
                                                () -> change(() -> stages.move(stage.id(), 1))));
                            }
                            return order;
                        })
                .setHeader(getTranslation("stages.order"))
                .setAutoWidth(true);
        grid.addComponentColumn(
                        stage -> {
                            Checkbox active = new Checkbox(stage.active());
                            active.setAriaLabel(
                                    getTranslation("stages.active")
                                            + " "
                                            + StageNames.of(this, stage));
                            active.setEnabled(stage.open());
                            active.addValueChangeListener(
                                    e -> change(() -> stages.setActive(stage.id(), e.getValue())));
                            return active;
                        })
                .setHeader(getTranslation("stages.active"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(
                AdminTabs.of(this, "admin/stages"),
                new H2(getTranslation("stages.title")),
                new Paragraph(getTranslation("stages.text")),
                form,
                grid);
        refresh();
    }

    private IntegerField probabilityField(StageOption stage) {
        IntegerField field = new IntegerField();
        field.setValue(stage.probability());
        field.setMin(0);
        field.setMax(100);
        field.setWidth("6rem");
        field.setAriaLabel(getTranslation("stages.probability") + " " + StageNames.of(this, stage));
        field.setReadOnly(!stage.open());
        field.addValueChangeListener(
                e -> {
                    if (e.isFromClient()) {
                        change(
                                () ->
                                        stages.change(
                                                stage.id(),
                                                stage.name(),
                                                e.getValue() == null ? -1 : e.getValue()));
                    }
                });
        return field;
    }

    private void change(Runnable action) {
        try {
            action.run();
        } catch (RefusedException refused) {
            Refusals.show(this, refused);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(stages.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stages.title") + " – " + getTranslation("app.name");
    }
}
