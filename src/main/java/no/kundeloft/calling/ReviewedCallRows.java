package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kundeloft.customer.CustomerActivity;
import no.kundeloft.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * A page of calls as the review lists show them: caller, customer, contact, recording and every
 * review with its scores — read in four queries for the whole page, none per row.
 */
@Component
class ReviewedCallRows {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;

    ReviewedCallRows(EntityManager entityManager, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
    }

    List<ReviewedCall> page(TypedQuery<CustomerActivity> query, int offset, int limit) {
        List<CustomerActivity> calls =
                query.setFirstResult(offset).setMaxResults(limit).getResultList();
        if (calls.isEmpty()) {
            return List.of();
        }
        List<Long> ids = calls.stream().map(CustomerActivity::getId).toList();
        // the page's callers, customers and contacts in one query, so no row loads them one by one
        entityManager
                .createQuery(
                        "select a from CustomerActivity a join fetch a.author join fetch a.customer left join fetch a.contact"
                                + " where a.id in :ids",
                        CustomerActivity.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, CallRecording> recordings =
                entityManager
                        .createQuery(
                                "select r from CallRecording r where r.activityId in :ids",
                                CallRecording.class)
                        .setParameter("ids", ids)
                        .getResultList()
                        .stream()
                        .collect(Collectors.toMap(CallRecording::getActivityId, r -> r));
        Map<Long, List<CallReview>> reviews =
                entityManager
                        .createQuery(
                                """
                        select distinct r from CallReview r join fetch r.reviewer left join fetch r.scores
                        where r.activityId in :ids order by r.reviewedAt""",
                                CallReview.class)
                        .setParameter("ids", ids)
                        .getResultList()
                        .stream()
                        .collect(Collectors.groupingBy(CallReview::getActivityId));
        Map<Long, String> criteria =
                criteriaNames(reviews.values().stream().flatMap(List::stream).toList());
        Long me = currentUser.require().employeeId();
        return calls.stream()
                .map(
                        a ->
                                call(
                                        a,
                                        recordings.get(a.getId()),
                                        reviews.getOrDefault(a.getId(), List.of()).stream()
                                                .map(r -> review(r, criteria, me))
                                                .toList()))
                .toList();
    }

    private static ReviewedCall call(
            CustomerActivity a, CallRecording recording, List<ReviewedCall.Review> reviews) {
        return new ReviewedCall(
                a.getId(),
                a.getOccurredAt(),
                a.getAuthor().getId(),
                a.getAuthor().getFullName(),
                a.getCustomer().getName(),
                a.getContact() == null ? null : a.getContact().getFullName(),
                a.getOutcome(),
                a.getDurationMinutes(),
                a.getText(),
                recording != null && recording.isFile() ? recording.getId() : null,
                recording == null ? null : recording.getLink(),
                reviews);
    }

    private static ReviewedCall.Review review(CallReview r, Map<Long, String> criteria, Long me) {
        List<ReviewedCall.Score> scores =
                r.getScores().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(
                                s ->
                                        new ReviewedCall.Score(
                                                s.getKey(), criteria.get(s.getKey()), s.getValue()))
                        .toList();
        return new ReviewedCall.Review(
                r.getReviewer().getFullName(),
                r.getReviewedAt(),
                r.getAverage(),
                scores,
                r.getComment(),
                r.getReviewer().getId().equals(me));
    }

    private Map<Long, String> criteriaNames(Collection<CallReview> reviews) {
        if (reviews.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        entityManager
                .createQuery("select c from ReviewCriterion c", ReviewCriterion.class)
                .getResultList()
                .forEach(c -> names.put(c.getId(), c.getName()));
        return names;
    }
}
