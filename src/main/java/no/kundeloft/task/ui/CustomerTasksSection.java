package no.kundeloft.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.customer.CustomerDetails;
import no.kundeloft.customer.CustomerPageSection;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.SalesRole;
import no.kundeloft.task.TaskRow;
import no.kundeloft.task.TaskService;
import org.springframework.core.annotation.Order;

/**
 * On the customer page: its open tasks, by due day, each marked done with a tick or opened to
 * change it, and a new task.
 */
@org.springframework.stereotype.Component
@Order(4)
class CustomerTasksSection implements CustomerPageSection {

    private final TaskService tasks;
    private final CustomerService customers;
    private final CurrentUser currentUser;

    CustomerTasksSection(TaskService tasks, CustomerService customers, CurrentUser currentUser) {
        this.tasks = tasks;
        this.customers = customers;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create(CustomerDetails customer) {
        if (currentUser.require().role() == SalesRole.ADMIN) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Div section = new Div();
        section.addClassNames("card", "section", "customer-tasks");
        section.setId("customer-tasks");
        Div list = new Div();
        Button add =
                new Button(
                        ui.getTranslation("task.new"),
                        VaadinIcon.PLUS.create(),
                        e ->
                                TaskDialog.newTask(
                                                tasks,
                                                customers,
                                                customer.id(),
                                                customer.name(),
                                                tasks.today(),
                                                currentUser.require().employeeId(),
                                                saved -> fill(list, customer.id()))
                                        .open());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setId("customer-new-task");
        Div header = new Div(new H3(ui.getTranslation("task.section")), add);
        header.addClassName("section-header");
        section.add(header, list);
        fill(list, customer.id());
        return Optional.of(section);
    }

    private void fill(Div list, Long customerId) {
        list.removeAll();
        List<TaskRow> open = tasks.openAt(customerId);
        if (open.isEmpty()) {
            list.add(new Paragraph(list.getTranslation("task.section.none")));
            return;
        }
        LocalDate today = tasks.today();
        UnorderedList items = new UnorderedList();
        items.addClassName("task-list");
        for (TaskRow task : open) {
            Checkbox done = new Checkbox(task.description());
            done.addValueChangeListener(
                    e -> {
                        try {
                            tasks.setDone(task.id(), task.version(), e.getValue());
                        } catch (RefusedException refused) {
                            Refusals.show(list, refused);
                        }
                        fill(list, customerId);
                    });
            Span when =
                    new Span(
                            task.assigneeName()
                                    + " · "
                                    + TaskLines.due(task, UI.getCurrent().getLocale())
                                    + (task.isOverdue(today)
                                            ? " · " + list.getTranslation("task.overdue")
                                            : ""));
            when.addClassName("label");
            if (task.isOverdue(today)) {
                when.addClassName("late");
            }
            Button edit =
                    new Button(
                            VaadinIcon.EDIT.create(),
                            e ->
                                    TaskDialog.existing(
                                                    tasks,
                                                    tasks.get(task.id()),
                                                    saved -> fill(list, customerId))
                                            .open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(list.getTranslation("task.edit"));
            items.add(new ListItem(done, when, TaskLines.origin(list, task), edit));
        }
        list.add(items);
    }
}
