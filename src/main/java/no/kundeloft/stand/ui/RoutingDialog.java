package no.kundeloft.stand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.calling.PersonChoice;
import no.kundeloft.organisation.TeamOption;
import no.kundeloft.stand.LeadRouting;
import no.kundeloft.stand.LeadRule;
import no.kundeloft.stand.RoutingForm;
import no.kundeloft.stand.StandRoutingService;

/**
 * Where a stand team's leads go: rules in order (a postcode prefix, or the sector of a known
 * customer, to an account manager of the department), and the rest to a call list or round robin
 * over the department's account managers.
 */
class RoutingDialog extends Dialog {

    private final List<Line> lines = new ArrayList<>();
    private final Div rules = new Div();
    private final List<PersonChoice> sellers;

    private record Line(Select<LeadRule.Kind> kind, TextField value, Select<PersonChoice> seller) {}

    RoutingDialog(StandRoutingService stands, TeamOption team) {
        setId("routing-dialog");
        setWidth("min(44rem, 100vw)");
        setHeaderTitle(getTranslation("routing.title", team.name()));
        RoutingForm form = stands.routing(team.id());
        sellers = stands.routingSellers(team.id());
        List<TeamOption> lists = stands.routingLists(team.id());
        rules.setId("routing-rules");
        form.rules().forEach(this::addLine);
        Button addRule =
                new Button(
                        getTranslation("routing.addRule"),
                        VaadinIcon.PLUS.create(),
                        e -> addLine(null));
        addRule.setId("routing-add-rule");
        Select<LeadRouting.Fallback> fallback = new Select<>();
        fallback.setId("routing-fallback");
        fallback.setLabel(getTranslation("routing.fallback"));
        fallback.setItems(LeadRouting.Fallback.values());
        fallback.setItemLabelGenerator(f -> getTranslation("routing.fallback." + f.name()));
        fallback.setValue(form.fallback());
        Select<TeamOption> list = new Select<>();
        list.setId("routing-list");
        list.setLabel(getTranslation("routing.callList"));
        list.setItems(lists);
        list.setItemLabelGenerator(TeamOption::name);
        list.setValue(
                lists.stream()
                        .filter(l -> l.id().equals(form.callListId()))
                        .findFirst()
                        .orElse(null));
        list.setVisible(form.fallback() == LeadRouting.Fallback.CALL_LIST);
        fallback.addValueChangeListener(
                e -> list.setVisible(e.getValue() == LeadRouting.Fallback.CALL_LIST));
        add(new Paragraph(getTranslation("routing.text")), rules, addRule, new Div(fallback, list));
        Button save =
                new Button(
                        getTranslation("common.save"),
                        e -> {
                            List<RoutingForm.Rule> chosen = new ArrayList<>();
                            for (Line line : lines) {
                                if (line.kind().isEmpty()
                                        || line.value().getValue().isBlank()
                                        || line.seller().isEmpty()) {
                                    Refusals.show(this, "routing.incomplete");
                                    return;
                                }
                                chosen.add(
                                        new RoutingForm.Rule(
                                                line.kind().getValue(),
                                                line.value().getValue(),
                                                line.seller().getValue().id()));
                            }
                            try {
                                stands.setRouting(
                                        team.id(),
                                        new RoutingForm(
                                                fallback.getValue(),
                                                list.isEmpty() ? null : list.getValue().id(),
                                                chosen));
                                close();
                            } catch (RefusedException ex) {
                                Refusals.show(this, ex);
                            }
                        });
        save.setId("routing-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void addLine(RoutingForm.Rule rule) {
        Select<LeadRule.Kind> kind = new Select<>();
        kind.setItems(LeadRule.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("routing.kind." + k.name()));
        kind.setAriaLabel(getTranslation("routing.kind"));
        TextField value = new TextField();
        value.setPlaceholder(getTranslation("routing.value"));
        value.setMaxLength(20);
        Select<PersonChoice> seller = new Select<>();
        seller.setItems(sellers);
        seller.setItemLabelGenerator(PersonChoice::fullName);
        seller.setAriaLabel(getTranslation("routing.seller"));
        if (rule != null) {
            kind.setValue(rule.kind());
            value.setValue(rule.value());
            seller.setValue(
                    sellers.stream()
                            .filter(p -> p.id().equals(rule.sellerId()))
                            .findFirst()
                            .orElse(null));
        } else {
            kind.setValue(LeadRule.Kind.POSTCODE);
        }
        Line line = new Line(kind, value, seller);
        Div row = new Div(kind, value, seller);
        row.addClassName("routing-rule");
        Button remove =
                new Button(
                        VaadinIcon.TRASH.create(),
                        e -> {
                            lines.remove(line);
                            rules.remove(row);
                        });
        remove.setAriaLabel(getTranslation("routing.removeRule"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        lines.add(line);
        rules.add(row);
    }
}
