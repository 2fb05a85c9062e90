package no.kundeloft.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.FormRules;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerListItem;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.OwnerOption;
import no.kundeloft.history.ui.HistoryTimeline;
import no.kundeloft.task.TaskForm;
import no.kundeloft.task.TaskRow;
import no.kundeloft.task.TaskService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A new task (typed by hand, at a customer or none) or a task's what, who and when. Who is the user
 * for a seller; a leader picks anyone in scope.
 */
public class TaskDialog extends Dialog {

    private final TaskService tasks;
    private final TaskRow existing;
    private final TaskForm form;
    private final Consumer<TaskRow> saved;
    private final Binder<TaskForm> binder = new Binder<>();

    /**
     * A new task; with a customer (id and name) it is at that customer, without one the user may
     * pick one.
     */
    public static TaskDialog newTask(
            TaskService tasks,
            CustomerService customers,
            Long customerId,
            String customerName,
            LocalDate today,
            Long me,
            Consumer<TaskRow> saved) {
        return new TaskDialog(
                tasks,
                customers,
                new TaskForm(null, customerId, me, today, null),
                null,
                customerName,
                saved);
    }

    public static TaskDialog existing(TaskService tasks, TaskRow task, Consumer<TaskRow> saved) {
        return new TaskDialog(tasks, null, TaskForm.of(task), task, task.customerName(), saved);
    }

    private TaskDialog(
            TaskService tasks,
            CustomerService customers,
            TaskForm form,
            TaskRow existing,
            String customerName,
            Consumer<TaskRow> saved) {
        this.tasks = tasks;
        this.existing = existing;
        this.form = form;
        this.saved = saved;
        setId("task-dialog");
        setHeaderTitle(getTranslation(existing == null ? "task.new" : "task.edit"));
        setWidth("min(36rem, 100vw)");

        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26rem", 2));
        TextArea description = new TextArea(getTranslation("task.description"));
        description.setId("task-description");
        description.setMaxLength(500);
        binder.forField(description)
                .asRequired(getTranslation("task.description.required"))
                .withValidator(FormRules.field(TaskForm.class, "description"))
                .bind(TaskForm::getDescription, TaskForm::setDescription);
        layout.add(description, 2);

        if (form.getCustomerId() != null || customers == null) {
            TextField customer = new TextField(getTranslation("task.customer"));
            customer.setId("task-customer-name");
            customer.setValue(
                    customerName == null ? getTranslation("task.noCustomer") : customerName);
            customer.setReadOnly(true);
            layout.add(customer, 2);
        } else {
            layout.add(customerPicker(customers), 2);
        }

        List<OwnerOption> people = tasks.assignees();
        ComboBox<OwnerOption> assignee = new ComboBox<>(getTranslation("task.assignee"));
        assignee.setId("task-assignee");
        assignee.setItemLabelGenerator(OwnerOption::fullName);
        assignee.setItems(
                existing == null
                                || people.stream()
                                        .anyMatch(p -> p.id().equals(existing.assigneeId()))
                        ? people
                        : concat(
                                people,
                                new OwnerOption(existing.assigneeId(), existing.assigneeName())));
        binder.forField(assignee)
                .asRequired(getTranslation("task.assignee.required"))
                .bind(
                        f ->
                                assignee.getListDataView()
                                        .getItems()
                                        .filter(o -> o.id().equals(f.getAssigneeId()))
                                        .findFirst()
                                        .orElse(null),
                        (f, option) -> f.setAssigneeId(option == null ? null : option.id()));
        assignee.setReadOnly(people.size() == 1);
        layout.add(assignee, 2);

        DatePicker due = new DatePicker(getTranslation("task.due"));
        due.setId("task-due");
        binder.forField(due)
                .asRequired(getTranslation("task.due.required"))
                .bind(TaskForm::getDueDate, TaskForm::setDueDate);
        TimePicker time = new TimePicker(getTranslation("task.time"));
        time.setId("task-time");
        time.setHelperText(getTranslation("task.time.help"));
        time.setClearButtonVisible(true);
        binder.forField(time).bind(TaskForm::getDueTime, TaskForm::setDueTime);
        layout.add(due, time);

        binder.readBean(form);
        add(layout);
        if (existing != null) {
            add(HistoryTimeline.section(() -> tasks.history(existing.id())));
        }
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("task-cancel");
        Button save =
                new Button(
                        getTranslation(existing == null ? "task.create" : "common.save"),
                        e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("task-save");
        getFooter().add(cancel, save);
        description.focus();
    }

    private ComboBox<CustomerListItem> customerPicker(CustomerService customers) {
        ComboBox<CustomerListItem> customer = new ComboBox<>(getTranslation("task.customer"));
        customer.setId("task-customer");
        customer.setHelperText(getTranslation("task.customer.help"));
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
        customer.setClearButtonVisible(true);
        binder.forField(customer)
                .bind(f -> null, (f, item) -> f.setCustomerId(item == null ? null : item.id()));
        return customer;
    }

    private static List<OwnerOption> concat(List<OwnerOption> people, OwnerOption current) {
        return java.util.stream.Stream.concat(people.stream(), java.util.stream.Stream.of(current))
                .toList();
    }

    private void save() {
        try {
            binder.writeBean(form);
        } catch (ValidationException e) {
            return;
        }
        try {
            TaskRow result =
                    existing == null
                            ? tasks.create(form)
                            : tasks.update(existing.id(), existing.version(), form);
            close();
            saved.accept(result);
        } catch (RefusedException e) {
            Refusals.show(this, e);
        } catch (ConstraintViolationException e) {
            Refusals.show(this, "task.refused.invalid");
        }
    }
}
