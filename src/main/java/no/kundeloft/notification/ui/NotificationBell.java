package no.kundeloft.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import no.kundeloft.base.Formats;
import no.kundeloft.notification.NotificationBroadcaster;
import no.kundeloft.notification.NotificationItem;
import no.kundeloft.notification.NotificationService;
import no.kundeloft.notification.NotificationTexts;

/** The bell in the header: how many notifications are unread, and the latest ones when opened. */
public class NotificationBell extends Div {

    private final NotificationService notifications;
    private final NotificationBroadcaster broadcaster;
    private final Long employeeId;
    private final Span count = new Span();
    private Registration registration;
    private final Div list = new Div();
    private final Popover popover;

    public NotificationBell(
            NotificationService notifications,
            NotificationBroadcaster broadcaster,
            Long employeeId) {
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
        popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        Button settings =
                new Button(
                        getTranslation("notifications.settings"),
                        VaadinIcon.ENVELOPE_O.create(),
                        e -> new NotificationSettingsDialog(notifications).open());
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        settings.setId("notification-settings");
        popover.add(list, settings);
        popover.addOpenedChangeListener(
                e -> {
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
            String text =
                    getTranslation(
                            NotificationTexts.key(item.kind()),
                            NotificationTexts.arguments(
                                    item.actorName(),
                                    item.subject(),
                                    item.subjectAt(),
                                    getLocale()));
            Anchor link = new Anchor(item.link() == null ? "" : item.link(), text);
            // the list closes when a notification is followed, so the page it opens is not covered
            link.getElement().addEventListener("click", e -> popover.close());
            Div line = new Div(link);
            if (item.detail() != null) {
                Span detail = new Span(item.detail());
                detail.addClassName("notification-detail");
                line.add(detail);
            }
            line.add(new Span(Formats.dateTime(item.createdAt(), getLocale())));
            line.addClassName("notification");
            if (item.unread()) {
                line.addClassName("unread");
            }
            list.add(line);
        }
    }
}
