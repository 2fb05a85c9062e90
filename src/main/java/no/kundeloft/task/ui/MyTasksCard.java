package no.kundeloft.task.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import no.kundeloft.base.ui.SharedComponent;
import no.kundeloft.task.TaskFilter;
import no.kundeloft.task.TaskRow;
import no.kundeloft.task.TaskService;
import no.kundeloft.task.TaskView;

/**
 * The home page's first open tasks (visits waiting for my report first, then by due day) and a link
 * to all.
 */
@SharedComponent
public class MyTasksCard extends Div {

    public MyTasksCard(TaskService tasks, int shown) {
        addClassNames("card", "section", "overdue-visits", "my-tasks");
        setId("my-tasks");
        TaskFilter mine = TaskFilter.mine(TaskView.OPEN);
        long open = tasks.count(mine);
        long overdue = tasks.count(TaskFilter.mine(TaskView.OVERDUE));
        add(new H3(getTranslation("home.tasks", open, overdue)));
        if (open == 0) {
            add(new Paragraph(getTranslation("home.tasks.none")));
            return;
        }
        LocalDate today = tasks.today();
        List<TaskRow> first = tasks.list(mine, 0, shown);
        UnorderedList list = new UnorderedList();
        for (TaskRow task : first) {
            String text =
                    task.isReport()
                            ? getTranslation("task.reportDue", task.description())
                            : task.description();
            Anchor what = new Anchor(task.isReport() ? "visits/" + task.sourceId() : "tasks", text);
            Span when =
                    new Span(
                            (task.customerName() == null ? "" : task.customerName() + " · ")
                                    + TaskLines.due(task, getLocale())
                                    + (task.isOverdue(today)
                                            ? " · " + getTranslation("task.overdue")
                                            : ""));
            when.addClassName("label");
            if (task.isOverdue(today)) {
                when.addClassName("late");
            }
            list.add(new ListItem(what, when));
        }
        add(list);
        Anchor all = new Anchor("tasks", getTranslation("home.tasks.all", open));
        all.setId("my-tasks-all");
        add(all);
    }
}
