package no.kundeloft.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Optional;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.ServerAddress;
import no.kundeloft.visit.CalendarFeedService;

/**
 * Subscribing to my visits in Outlook, Google Calendar or Apple Calendar: the private feed link, a
 * new link (the old one stops working) or turning the feed off.
 */
class CalendarFeedDialog extends Dialog {

    private final CalendarFeedService feeds;
    private final TextField link = new TextField();
    private final Button renew = new Button();
    private final Button off = new Button();
    private final Paragraph state = new Paragraph();
    private final String base;

    CalendarFeedDialog(CalendarFeedService feeds) {
        this.feeds = feeds;
        setId("feed-dialog");
        setHeaderTitle(getTranslation("feed.title"));
        setWidth("min(40rem, 100vw)");
        base = ServerAddress.base();
        link.setLabel(getTranslation("feed.link"));
        link.setId("feed-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.addFocusListener(e -> link.getElement().executeJs("this.inputElement.select()"));
        renew.setId("feed-renew");
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        renew.addClickListener(e -> showNewLink(feeds.renew()));
        off.setText(getTranslation("feed.off"));
        off.setId("feed-off");
        off.addThemeVariants(ButtonVariant.LUMO_ERROR);
        off.addClickListener(
                e -> {
                    feeds.revoke();
                    showState(Optional.empty());
                });
        state.setId("feed-state");
        add(new Paragraph(getTranslation("feed.text")), state, link);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()), off, renew);
        showState(feeds.myFeedSince());
    }

    /** The link exists only now: only its fingerprint is kept, so it cannot be shown again. */
    private void showNewLink(String token) {
        link.setValue(base + "/calendar/" + token + ".ics");
        link.setVisible(true);
        state.setText(getTranslation("feed.copyNow"));
        off.setVisible(true);
        renew.setText(getTranslation("feed.renew"));
    }

    private void showState(Optional<Instant> since) {
        link.clear();
        link.setVisible(false);
        state.setText(
                since.map(at -> getTranslation("feed.onSince", Formats.dateTime(at, getLocale())))
                        .orElse(getTranslation("feed.isOff")));
        off.setVisible(since.isPresent());
        renew.setText(getTranslation(since.isEmpty() ? "feed.on" : "feed.renew"));
    }
}
