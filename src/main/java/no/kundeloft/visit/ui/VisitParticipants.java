package no.kundeloft.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import no.kundeloft.visit.ParticipantStatus;
import no.kundeloft.visit.VisitDetails;

/**
 * Who joins a visit and how far their request has come; the host accepts or declines a request
 * here.
 */
final class VisitParticipants extends Div {

    /** The host's answer to one request to join. */
    record Answer(Long employeeId, boolean accept) {}

    VisitParticipants(VisitDetails details, Consumer<Answer> answer) {

        setId("visit-participants");
        if (details.participants().isEmpty()) {
            add(new Paragraph(getTranslation("visit.noParticipants")));
        }
        for (VisitDetails.Participant participant : details.participants()) {
            Span status =
                    new Span(getTranslation("visit.participant." + participant.status().name()));
            status.addClassNames(
                    "badge",
                    participant.status() == ParticipantStatus.ACCEPTED
                            ? "status-active"
                            : participant.status() == ParticipantStatus.DECLINED
                                    ? "status-lost"
                                    : "status-inactive");
            Div line =
                    new Div(
                            new Span(
                                    participant.name()
                                            + " ("
                                            + getTranslation("role." + participant.role())
                                            + ")"),
                            status);
            line.addClassName("participant");
            if (details.actions().answer() && participant.status() == ParticipantStatus.REQUESTED) {
                Button accept =
                        new Button(
                                getTranslation("visit.accept"),
                                e -> answer.accept(new Answer(participant.employeeId(), true)));
                accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
                accept.setId("accept-" + participant.employeeId());
                Button decline =
                        new Button(
                                getTranslation("visit.decline"),
                                e -> answer.accept(new Answer(participant.employeeId(), false)));
                decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
                decline.setId("decline-" + participant.employeeId());
                line.add(accept, decline);
            }
            add(line);
        }
    }
}
