package no.kundeloft.calling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Optional;
import no.kundeloft.base.Formats;
import no.kundeloft.calling.CallCard;
import no.kundeloft.calling.QueueState;

/**
 * The parts of the caller's card that only show what the queue knows: other contacts, the last
 * calls, and why there is nobody to call.
 */
final class CallCardParts {

    private CallCardParts() {}

    static Component others(Component where, CallCard c) {
        Div others = new Div();
        others.addClassName("call-others");
        if (c.otherContacts().isEmpty()) {
            return others;
        }
        others.add(new H3(where.getTranslation("calls.otherContacts")));
        for (CallCard.Person p : c.otherContacts()) {
            Div line =
                    new Div(new Span(p.fullName() + (p.title() == null ? "" : ", " + p.title())));
            if (p.doNotCall()) {
                Span flag = new Span(where.getTranslation("contact.doNotCall"));
                flag.getElement().getThemeList().add("badge error");
                line.add(flag);
            } else if (p.phone() != null) {
                line.add(new Anchor("tel:" + p.phone().replaceAll("[^+0-9]", ""), p.phone()));
            }
            others.add(line);
        }
        return others;
    }

    static Component lastCalls(Component where, CallCard c) {
        Div calls = new Div();
        calls.setId("call-history");
        calls.addClassName("call-history");
        calls.add(new H3(where.getTranslation("calls.lastCalls")));
        if (c.lastCalls().isEmpty()) {
            calls.add(new Paragraph(where.getTranslation("calls.neverCalled")));
        }
        for (CallCard.PastCall call : c.lastCalls()) {
            String line =
                    Formats.dateTime(call.at(), locale(where))
                            + " · "
                            + call.callerName()
                            + " · "
                            + (call.outcome() == null
                                    ? ""
                                    : where.getTranslation("call.outcome." + call.outcome().name()))
                            + (call.contactName() == null ? "" : " · " + call.contactName())
                            + (call.reason() == null ? "" : " · " + call.reason())
                            + (call.notes() == null ? "" : " — " + call.notes());
            calls.add(new Paragraph(line));
        }
        return calls;
    }

    static Component why(Component where, QueueState next) {
        Paragraph why = new Paragraph();
        why.setId("calls-why");
        why.addClassName("empty-state");
        if (next == null) {
            why.setText(where.getTranslation("calls.noList"));
            return why;
        }
        why.setText(
                switch (next.why()) {
                    case NOT_STARTED ->
                            where.getTranslation(
                                    "calls.why.notStarted",
                                    Formats.date(next.startsOn(), locale(where)));
                    case OUTSIDE_HOURS ->
                            where.getTranslation(
                                    "calls.why.outsideHours", next.callsFrom(), next.callsUntil());
                    case ENDED -> where.getTranslation("calls.why.ended");
                    case NOBODY_DUE ->
                            next.nextDueAt() == null
                                    ? where.getTranslation("calls.why.allDone")
                                    : where.getTranslation(
                                            "calls.why.nobodyDue",
                                            Formats.dateTime(next.nextDueAt(), locale(where)));
                    case CALLING -> "";
                });
        return why;
    }

    /** The locale the component shows in, as Component#getLocale finds it. */
    private static Locale locale(Component where) {
        return where.getUI()
                .or(() -> Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale)
                .orElse(Locale.getDefault());
    }
}
