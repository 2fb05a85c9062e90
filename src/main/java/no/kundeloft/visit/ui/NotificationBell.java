package no.kundeloft.visit.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import no.kundeloft.base.Formats;
import no.kundeloft.visit.NotificationBroadcaster;
import no.kundeloft.visit.NotificationItem;
import no.kundeloft.visit.NotificationService;

/** The bell in the header: how many notifications are unread, and the latest ones when opened. */
public class NotificationBell extends Div {

    private final NotificationService notifications;
    private final NotificationBroadcaster broadcaster;
    private final Long employeeId;
    private final Span count = new Span();
    private Registration registration;
    private final Div list = new Div();

    public NotificationBell(NotificationService notifications, NotificationBroadcaster broadcaster, Long employeeId) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.employeeId = employeeId;
        addClassName("notification-bell");
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel(getTranslation("notifications.open"));
        bell.setId("notification-bell");
        count.addClassName("notification-count");
        count.setId("notification-count");
        list.addClassName("notification-list");
        list.setId("notification-list");
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.add(list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showLatest();
                notifications.markAllRead();
                refresh();
            }
        });
        add(bell, count, popover);
        refresh();
    }

    /** While shown, a new notification updates the badge at once (pushed to the browser). */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        registration = broadcaster.register(employeeId, unread -> ui.access(() -> show(unread)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        super.onDetach(event);
    }

    /** Updates the unread count. */
    public void refresh() {
        show(notifications.unreadCount());
    }

    private void show(long unread) {
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
    }

    void showLatest() {
        list.removeAll();
        var latest = notifications.latest();
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.none")));
        }
        for (NotificationItem item : latest) {
            String text = getTranslation("notification." + item.kind().name(), item.actorName(), item.customerName(),
                    item.visitStartsAt() == null ? "" : Formats.dateTime(item.visitStartsAt(), getLocale()));
            Anchor link = new Anchor(item.visitId() == null ? "visits" : "visits/" + item.visitId(), text);
            Div line = new Div(link, new Span(Formats.dateTime(item.createdAt(), getLocale())));
            line.addClassName("notification");
            if (item.unread()) {
                line.addClassName("unread");
            }
            list.add(line);
        }
    }
}
