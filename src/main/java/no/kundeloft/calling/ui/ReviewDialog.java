package no.kundeloft.calling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.base.ui.SpreadsheetUpload;
import no.kundeloft.calling.CallReviewService;
import no.kundeloft.calling.CriterionRow;
import no.kundeloft.calling.ReviewedCall;

/**
 * One call: who, whom, how it went; its recording to play (or a file to add); the reviews it has;
 * and, for a reviewer, the scorecard — each criterion 1–5 and a comment the seller reads.
 */
class ReviewDialog extends Dialog {

    private static final List<String> AUDIO =
            List.of("audio/*", ".mp3", ".wav", ".m4a", ".ogg", ".webm");

    private final CallReviewService reviews;
    private final Runnable changed;
    private final Long me;
    private final Div body = new Div();

    ReviewDialog(CallReviewService reviews, Long activityId, Long me, Runnable changed) {
        this.reviews = reviews;
        this.changed = changed;
        this.me = me;
        setId("review-dialog");
        setWidth("min(44rem, 100vw)");
        add(body);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
        show(reviews.call(activityId));
    }

    private void show(ReviewedCall call) {
        body.removeAll();
        setHeaderTitle(getTranslation("review.callTitle", call.callerName(), call.customerName()));
        body.add(
                new Paragraph(
                        Formats.dateTime(call.at(), getLocale())
                                + " · "
                                + (call.contactName() == null ? "" : call.contactName() + " · ")
                                + getTranslation("call.outcome." + call.outcome().name())
                                + (call.durationMinutes() == null
                                        ? ""
                                        : " · "
                                                + getTranslation(
                                                        "visit.minutes", call.durationMinutes()))));
        if (call.notes() != null) {
            body.add(new Paragraph(call.notes()));
        }
        recording(call);
        for (ReviewedCall.Review review : call.reviews()) {
            Div shown = new Div();
            shown.addClassName("review-shown");
            shown.add(
                    new H3(
                            getTranslation(
                                    "review.by",
                                    review.reviewerName(),
                                    Formats.dateTime(review.at(), getLocale()),
                                    Formats.decimal(review.average(), getLocale()))));
            for (ReviewedCall.Score score : review.scores()) {
                shown.add(new Paragraph(score.criterion() + ": " + score.score() + " / 5"));
            }
            if (review.comment() != null) {
                Paragraph comment = new Paragraph(review.comment());
                comment.addClassName("review-comment");
                shown.add(comment);
            }
            body.add(shown);
        }
        if (reviews.mayReview() && !call.callerId().equals(me)) {
            scorecard(call);
        }
    }

    private void recording(ReviewedCall call) {
        Div player = new Div();
        player.addClassName("review-recording");
        String source =
                call.recordingId() != null
                        ? "recordings/" + call.recordingId()
                        : playable(call.recordingLink());
        if (source != null) {
            Element audio = new Element("audio");
            audio.setAttribute("controls", true);
            audio.setAttribute("preload", "metadata");
            audio.setAttribute("src", source);
            audio.setAttribute("id", "review-audio");
            player.getElement().appendChild(audio);
        }
        if (call.recordingLink() != null) {
            Anchor link = new Anchor(call.recordingLink(), getTranslation("review.openRecording"));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            player.add(link);
        }
        if (!call.hasRecording()) {
            player.add(new Paragraph(getTranslation("review.noRecording")));
        }
        Upload upload =
                SpreadsheetUpload.create(
                        CallReviewService.MAX_RECORDING_MB * 1024 * 1024,
                        AUDIO,
                        (name, file) -> {
                            try {
                                show(reviews.attachRecording(call.activityId(), file));
                                changed.run();
                            } catch (RefusedException e) {
                                Refusals.show(this, e);
                            }
                        });
        upload.setId("review-upload");
        upload.setUploadButton(
                new Button(
                        getTranslation(
                                call.hasRecording()
                                        ? "review.replaceRecording"
                                        : "review.addRecording")));
        upload.setDropLabel(
                new com.vaadin.flow.component.html.Span(
                        getTranslation(
                                "review.dropRecording", CallReviewService.MAX_RECORDING_MB)));
        player.add(upload);
        body.add(player);
    }

    private static String playable(String link) {
        return link != null && (link.startsWith("https://") || link.startsWith("http://"))
                ? link
                : null;
    }

    private void scorecard(ReviewedCall call) {
        Div card = new Div(new H3(getTranslation("review.scorecard")));
        card.addClassName("review-scorecard");
        Map<Long, RadioButtonGroup<Integer>> fields = new HashMap<>();
        ReviewedCall.Review mine =
                call.reviews().stream().filter(ReviewedCall.Review::mine).findFirst().orElse(null);
        for (CriterionRow criterion : reviews.criteria()) {
            RadioButtonGroup<Integer> score = new RadioButtonGroup<>(criterion.name());
            score.setId("review-score-" + criterion.id());
            score.setItems(1, 2, 3, 4, 5);
            score.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
            if (mine != null) {
                mine.scores().stream()
                        .filter(s -> s.criterionId().equals(criterion.id()))
                        .findFirst()
                        .ifPresent(s -> score.setValue(s.score()));
            }
            fields.put(criterion.id(), score);
            card.add(score);
        }
        TextArea comment = new TextArea(getTranslation("review.comment"));
        comment.setId("review-comment");
        comment.setMaxLength(2000);
        comment.setWidthFull();
        if (mine != null && mine.comment() != null) {
            comment.setValue(mine.comment());
        }
        Button save =
                new Button(
                        getTranslation("review.save"),
                        e -> {
                            Map<Long, Integer> scores = new HashMap<>();
                            fields.forEach(
                                    (id, field) -> {
                                        field.setInvalid(field.isEmpty());
                                        field.setErrorMessage(
                                                getTranslation("review.scoreRequired"));
                                        if (!field.isEmpty()) {
                                            scores.put(id, field.getValue());
                                        }
                                    });
                            if (scores.size() < fields.size()) {
                                return;
                            }
                            try {
                                show(reviews.review(call.activityId(), scores, comment.getValue()));
                                changed.run();
                                Notification.show(
                                                getTranslation("review.saved"),
                                                3000,
                                                Notification.Position.BOTTOM_START)
                                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                            } catch (RefusedException ex) {
                                Refusals.show(this, ex);
                            }
                        });
        save.setId("review-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(comment, save);
        body.add(card);
    }
}
