package no.kundeloft.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolationException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.FormRules;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.base.ui.SharedComponent;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerListItem;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.OwnerOption;
import no.kundeloft.history.ui.HistoryTimeline;
import no.kundeloft.pipeline.DealDetails;
import no.kundeloft.pipeline.DealForm;
import no.kundeloft.pipeline.DealKind;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.pipeline.StageOption;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Opens or changes a deal: what, for whom, its value, stage and probability, when it closes, the
 * next step. Choosing Won or Lost asks for the reason in the same form. A new deal without a
 * customer asks for one. Other features open it where people already work (a visit report, the
 * account plan's whitespace).
 */
@SharedComponent
public class DealDialog extends Dialog {

    private final DealService deals;
    private final DealDetails existing;
    private final Consumer<DealDetails> saved;
    private final Binder<DealForm> binder = new Binder<>(DealForm.class);
    private final ComboBox<OwnerOption> owner = new ComboBox<>();
    private final Select<DealKind> kind = new Select<>();
    private final TextArea reason = new TextArea();
    private final DealForm form;

    /** A new deal at a customer (null: the user picks one). */
    public static DealDialog newDeal(
            DealService deals,
            CustomerService customers,
            Long customerId,
            String customerName,
            Consumer<DealDetails> saved) {
        DealForm form = customerId == null ? new DealForm() : deals.newDeal(customerId);
        return new DealDialog(deals, customers, form, null, customerName, saved);
    }

    /** A new deal from a form another feature filled in (its customer set). */
    public static DealDialog prefilled(
            DealService deals, DealForm form, String customerName, Consumer<DealDetails> saved) {
        return new DealDialog(deals, null, form, null, customerName, saved);
    }

    public static DealDialog existing(DealService deals, Long dealId, Consumer<DealDetails> saved) {
        DealDetails deal = deals.get(dealId);
        return new DealDialog(deals, null, DealForm.of(deal), deal, deal.customerName(), saved);
    }

    private DealDialog(
            DealService deals,
            CustomerService customers,
            DealForm form,
            DealDetails existing,
            String customerName,
            Consumer<DealDetails> saved) {
        this.deals = deals;
        this.existing = existing;
        this.saved = saved;
        this.form = form;
        setId("deal-dialog");
        setHeaderTitle(existing == null ? getTranslation("deal.new") : existing.title());
        setWidth("min(44rem, 100vw)");
        boolean readOnly = !deals.mayEdit();

        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        if (form.getCustomerId() == null) {
            layout.add(customerPicker(customers), 2);
        } else {
            TextField customer = new TextField(getTranslation("deal.customer"));
            customer.setId("deal-customer-name");
            customer.setValue(customerName);
            customer.setReadOnly(true);
            layout.add(customer, 2);
        }

        TextField title = new TextField(getTranslation("deal.title"));
        title.setId("deal-title");
        title.setPlaceholder(getTranslation("deal.title.placeholder"));
        binder.forField(title)
                .asRequired(getTranslation("deal.title.required"))
                .withValidator(FormRules.field(DealForm.class, "title"))
                .bind(DealForm::getTitle, DealForm::setTitle);
        layout.add(title, 2);

        kind.setLabel(getTranslation("deal.kind"));
        kind.setId("deal-kind");
        kind.setItems(DealKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("deal.kind." + k.name()));
        binder.forField(kind).asRequired().bind(DealForm::getKind, DealForm::setKind);

        owner.setLabel(getTranslation("deal.owner"));
        owner.setId("deal-owner");
        owner.setItemLabelGenerator(OwnerOption::fullName);
        binder.forField(owner)
                .asRequired(getTranslation("deal.owner.required"))
                .bind(
                        f ->
                                owner.getListDataView()
                                        .getItems()
                                        .filter(o -> o.id().equals(f.getOwnerId()))
                                        .findFirst()
                                        .orElse(null),
                        (f, option) -> f.setOwnerId(option == null ? null : option.id()));
        if (form.getCustomerId() != null) {
            owner.setItems(deals.ownerChoices(form.getCustomerId()));
        }
        layout.add(kind, owner);

        BigDecimalField yearly = new BigDecimalField(getTranslation("deal.yearlyValue"));
        yearly.setId("deal-yearly");
        yearly.setHelperText(getTranslation("deal.yearlyValue.help"));
        binder.forField(yearly)
                .asRequired(getTranslation("deal.yearlyValue.required"))
                .withValidator(v -> v.signum() >= 0, getTranslation("deal.value.negative"))
                .withValidator(FormRules.field(DealForm.class, "yearlyValue"))
                .bind(DealForm::getYearlyValue, DealForm::setYearlyValue);
        BigDecimalField oneOff = new BigDecimalField(getTranslation("deal.oneOffValue"));
        oneOff.setId("deal-one-off");
        binder.forField(oneOff)
                .withValidator(
                        v -> v == null || v.signum() >= 0, getTranslation("deal.value.negative"))
                .withValidator(FormRules.field(DealForm.class, "oneOffValue"))
                .bind(DealForm::getOneOffValue, DealForm::setOneOffValue);
        layout.add(yearly, oneOff);

        List<StageOption> stages = deals.stages();
        Select<StageOption> stage = new Select<>();
        stage.setLabel(getTranslation("deal.stage"));
        stage.setId("deal-stage");
        stage.setItems(stages);
        stage.setItemLabelGenerator(
                s -> StageNames.of(this, s) + (s.open() ? " (" + s.probability() + " %)" : ""));
        IntegerField probability = new IntegerField(getTranslation("deal.probability"));
        probability.setId("deal-probability");
        probability.setMin(0);
        probability.setMax(100);
        probability.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        binder.forField(probability)
                .asRequired()
                .withValidator(p -> p >= 0 && p <= 100, getTranslation("deal.probability.range"))
                .bind(DealForm::getProbability, DealForm::setProbability);
        binder.forField(stage)
                .bind(
                        f ->
                                stages.stream()
                                        .filter(s -> s.id().equals(f.getStageId()))
                                        .findFirst()
                                        .orElse(stages.isEmpty() ? null : stages.getFirst()),
                        (f, s) -> f.setStageId(s == null ? null : s.id()));
        stage.addValueChangeListener(
                e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        probability.setValue(e.getValue().probability());
                    }
                    boolean closing = e.getValue() != null && !e.getValue().open();
                    reason.setVisible(closing);
                    probability.setReadOnly(closing || readOnly);
                });
        layout.add(stage, probability);

        reason.setLabel(getTranslation("deal.reason"));
        reason.setId("deal-reason");
        reason.setMaxLength(500);
        binder.forField(reason)
                .withValidator(
                        r ->
                                stage.getValue() == null
                                        || stage.getValue().open()
                                        || (r != null && !r.isBlank()),
                        getTranslation("deal.reason.required"))
                .withValidator(FormRules.field(DealForm.class, "closeReason"))
                .bind(DealForm::getCloseReason, DealForm::setCloseReason);
        layout.add(reason, 2);

        ComboBox<YearMonth> closeMonth = new ComboBox<>(getTranslation("deal.closeMonth"));
        closeMonth.setId("deal-close-month");
        closeMonth.setItems(months(form.getCloseMonth()));
        closeMonth.setHelperText(getTranslation("deal.closeMonth.help"));
        closeMonth.setItemLabelGenerator(m -> Formats.month(m, getLocale()));
        binder.forField(closeMonth)
                .asRequired(getTranslation("deal.closeMonth.required"))
                .bind(DealForm::getCloseMonth, DealForm::setCloseMonth);
        TextField competitor = new TextField(getTranslation("deal.competitor"));
        competitor.setId("deal-competitor");
        binder.forField(competitor)
                .withValidator(FormRules.field(DealForm.class, "competitor"))
                .bind(DealForm::getCompetitor, DealForm::setCompetitor);
        layout.add(closeMonth, competitor);

        TextField nextStep = new TextField(getTranslation("deal.nextStep"));
        nextStep.setId("deal-next-step");
        binder.forField(nextStep)
                .withValidator(FormRules.field(DealForm.class, "nextStep"))
                .bind(DealForm::getNextStep, DealForm::setNextStep);
        DatePicker nextStepDue = new DatePicker(getTranslation("deal.nextStepDue"));
        nextStepDue.setId("deal-next-step-due");
        binder.forField(nextStepDue).bind(DealForm::getNextStepDue, DealForm::setNextStepDue);
        layout.add(nextStep, nextStepDue);

        binder.readBean(form);
        reason.setVisible(stage.getValue() != null && !stage.getValue().open());
        binder.setReadOnly(readOnly);
        add(layout);
        if (existing != null) {
            add(
                    new Paragraph(
                            getTranslation(
                                    "deal.opened",
                                    Formats.date(existing.openedOn(), getLocale()),
                                    Formats.date(existing.stageSince(), getLocale()))));
            add(HistoryTimeline.section(() -> deals.history(existing.id())));
        }

        Button cancel =
                new Button(
                        getTranslation(readOnly ? "common.close" : "common.cancel"), e -> close());
        cancel.setId("deal-cancel");
        getFooter().add(cancel);
        if (!readOnly) {
            Button save =
                    new Button(
                            getTranslation(existing == null ? "deal.create" : "common.save"),
                            e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("deal-save");
            getFooter().add(save);
        }
    }

    private ComboBox<CustomerListItem> customerPicker(CustomerService customers) {
        ComboBox<CustomerListItem> customer = new ComboBox<>(getTranslation("deal.customer"));
        customer.setId("deal-customer");
        customer.setItemLabelGenerator(CustomerListItem::name);
        customer.setItems(
                query ->
                        customers
                                .list(
                                        CustomerFilter.text(query.getFilter().orElse("")),
                                        PageRequest.of(
                                                query.getPage(),
                                                query.getPageSize(),
                                                Sort.by("name")))
                                .stream());
        binder.forField(customer)
                .asRequired(getTranslation("deal.customer.required"))
                .bind(f -> null, (f, item) -> f.setCustomerId(item == null ? null : item.id()));
        customer.addValueChangeListener(
                e -> {
                    if (e.getValue() == null) {
                        owner.setItems(List.of());
                        return;
                    }
                    DealForm defaults = deals.newDeal(e.getValue().id());
                    kind.setValue(defaults.getKind());
                    owner.setItems(deals.ownerChoices(e.getValue().id()));
                    owner.setValue(
                            owner.getListDataView()
                                    .getItems()
                                    .filter(o -> o.id().equals(defaults.getOwnerId()))
                                    .findFirst()
                                    .orElse(null));
                });
        return customer;
    }

    /** The months a deal can close in, and its own. */
    private List<YearMonth> months(YearMonth current) {
        List<YearMonth> months = new ArrayList<>(deals.closeMonths());
        if (current != null && !months.contains(current)) {
            months.add(current);
            months.sort(null);
        }
        return months;
    }

    private void save() {
        try {
            binder.writeBean(form);
        } catch (ValidationException e) {
            return;
        }
        try {
            DealDetails result =
                    existing == null ? deals.create(form) : deals.update(existing.id(), form);
            close();
            saved.accept(result);
        } catch (RefusedException e) {
            Refusals.show(this, e);
        } catch (ConstraintViolationException e) {
            Refusals.show(this, "deal.refused.invalid");
        }
    }
}
