package no.kundeloft.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import no.kundeloft.base.Formats;
import no.kundeloft.plan.PlanDetails;
import no.kundeloft.plan.ReviewVerdict;

/** Reviews of the plan by the leaders above its owner, newest first; a leader may add one. */
final class ReviewsSection extends PlanSection {

    private final Div list = new Div();

    ReviewsSection(PlanChanges changes) {
        super(changes, "plan.reviews", "plan-reviews");
        add(list);
        if (plan().mayReview()) {
            addReviewForm();
        }
        show(plan());
    }

    @Override
    void show(PlanDetails plan) {
        list.removeAll();
        if (plan.reviews().isEmpty()) {
            list.add(new Paragraph(getTranslation("plan.noReviews")));
        }
        plan.reviews().forEach(review -> list.add(line(review)));
    }

    private Div line(PlanDetails.Review review) {
        Span verdict = new Span(getTranslation("plan.verdict." + review.verdict().name()));
        verdict.addClassNames(
                "badge",
                review.verdict() == ReviewVerdict.APPROVED ? "status-active" : "status-inactive");
        Div line =
                new Div(
                        verdict,
                        new Span(
                                " "
                                        + review.reviewer()
                                        + ", "
                                        + Formats.dateTime(review.reviewedAt(), getLocale())));
        if (review.comment() != null) {
            Paragraph comment = new Paragraph(review.comment());
            comment.addClassName("multi-line");
            line.add(comment);
        }
        line.addClassName("plan-review");
        return line;
    }

    private void addReviewForm() {
        RadioButtonGroup<ReviewVerdict> verdict =
                new RadioButtonGroup<>(getTranslation("plan.verdict"));
        verdict.setId("review-verdict");
        verdict.setItems(ReviewVerdict.values());
        verdict.setItemLabelGenerator(v -> getTranslation("plan.verdict." + v.name()));
        TextArea comment = new TextArea(getTranslation("plan.comment"));
        comment.setId("review-comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);
        Button send =
                new Button(
                        getTranslation("plan.sendReview"),
                        e -> {
                            if (verdict.getValue() == null) {
                                verdict.setInvalid(true);
                                verdict.setErrorMessage(
                                        getTranslation("plan.refused.verdictRequired"));
                                return;
                            }
                            PlanDetails plan = plan();
                            if (changes.apply(
                                    this,
                                    () ->
                                            plans().review(
                                                            plan.customerId(),
                                                            plan.year(),
                                                            verdict.getValue(),
                                                            comment.getValue()))) {
                                verdict.clear();
                                verdict.setInvalid(false);
                                comment.clear();
                            }
                        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("review-send");
        add(verdict, comment, send);
    }
}
