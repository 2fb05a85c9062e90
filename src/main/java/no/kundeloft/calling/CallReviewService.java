package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.Texts;
import no.kundeloft.customer.CustomerActivity;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Call reviews. A seller sees their own calls, their recordings and the reviews of them; team
 * leaders, sales managers and directors review the calls of the sellers in their scope (not their
 * own) with the scorecard; admins keep the scorecard's criteria. Recordings are audio files
 * (checked by their first bytes, at most {@value #MAX_RECORDING_MB} MB) or the phone system's
 * links.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CallReviewService {

    public static final int MAX_RECORDING_MB = 50;
    private static final long MAX_RECORDING_BYTES = MAX_RECORDING_MB * 1024L * 1024L;

    /** How far back the calls to listen to reach. */
    private static final Duration LISTEN_BACK = Duration.ofDays(90);

    private static final String CALLS =
            " from CustomerActivity a where a.kind = no.kundeloft.customer.ActivityKind.CALL";
    private static final Set<SalesRole> REVIEWERS =
            Set.of(
                    SalesRole.TEAM_LEADER,
                    SalesRole.SALES_MANAGER,
                    SalesRole.SALES_DIRECTOR,
                    SalesRole.ADMIN);

    private final EntityManager entityManager;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final RecordingStore store;
    private final Clock clock;

    private final ReviewedCallRows rowsOf;
    private final ScorecardService scorecard;

    CallReviewService(
            ReviewedCallRows rowsOf,
            ScorecardService scorecard,
            EntityManager entityManager,
            OrganisationService organisation,
            CurrentUser currentUser,
            RecordingStore store,
            Clock clock) {
        this.rowsOf = rowsOf;
        this.scorecard = scorecard;
        this.entityManager = entityManager;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.store = store;
        this.clock = clock;
    }

    /** The active criteria of the scorecard, in order ({@link ScorecardService#criteria}). */
    public List<CriterionRow> criteria() {
        return scorecard.criteria();
    }

    /** Whether the user reviews others' calls (team leaders, sales managers, directors, admins). */
    public boolean mayReview() {
        return REVIEWERS.contains(currentUser.require().role());
    }

    /**
     * Calls with a recording by sellers in the reviewer's scope that they have not reviewed yet,
     * newest first (90 days back).
     */
    public List<ReviewedCall> toListenTo(int offset, int limit) {
        return rowsOf.page(
                toListenToQuery(
                        "select a",
                        " order by a.occurredAt desc, a.id desc",
                        CustomerActivity.class),
                offset,
                limit);
    }

    public long countToListenTo() {
        return toListenToQuery("select count(a)", "", Long.class).getSingleResult();
    }

    /** Reviewed calls: a reviewer's of sellers in scope, a seller's own; newest first. */
    public List<ReviewedCall> reviewed(int offset, int limit) {
        return rowsOf.page(
                callsQuery(
                        "select a",
                        " and exists (select 1 from CallReview r where r.activityId = a.id)"
                                + " order by a.occurredAt desc, a.id desc",
                        CustomerActivity.class),
                offset,
                limit);
    }

    public long countReviewed() {
        return callsQuery(
                        "select count(a)",
                        " and exists (select 1 from CallReview r where r.activityId = a.id)",
                        Long.class)
                .getSingleResult();
    }

    /**
     * The user's own calls of the last 30 days, newest first: to add a recording, and to read their
     * reviews.
     */
    public List<ReviewedCall> myCalls(int offset, int limit) {
        return rowsOf.page(
                entityManager
                        .createQuery(
                                "select a"
                                        + CALLS
                                        + " and a.author.id = :me and a.occurredAt >= :since"
                                        + " order by a.occurredAt desc, a.id desc",
                                CustomerActivity.class)
                        .setParameter("me", currentUser.require().employeeId())
                        .setParameter("since", clock.instant().minus(Duration.ofDays(30))),
                offset,
                limit);
    }

    public ReviewedCall call(Long activityId) {
        return rowsOf
                .page(
                        callsQuery("select a", " and a.id = :id", CustomerActivity.class)
                                .setParameter("id", activityId),
                        0,
                        1)
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Call", activityId));
    }

    /**
     * Adds (or replaces) the call's recording from an uploaded file: refused when it is larger than
     * allowed or not audio a browser plays. The caller and the reviewers of the caller may add one.
     */
    @Transactional
    public ReviewedCall attachRecording(Long activityId, @NotNull Path file) {
        CustomerActivity call = requireCall(activityId);
        try {
            long size = Files.size(file);
            if (size > MAX_RECORDING_BYTES) {
                throw new CallListRefusedException("review.refused.tooLarge", MAX_RECORDING_MB);
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(12);
            }
            String type =
                    AudioFiles.contentType(head)
                            .orElseThrow(
                                    () -> new CallListRefusedException("review.refused.notAudio"));
            entityManager
                    .createQuery("delete from CallRecording r where r.activityId = :id")
                    .setParameter("id", call.getId())
                    .executeUpdate();
            CallRecording recording =
                    CallRecording.file(
                            call.getId(),
                            type,
                            size,
                            entityManager.getReference(
                                    Employee.class, currentUser.require().employeeId()),
                            clock.instant());
            entityManager.persist(recording);
            entityManager.flush();
            try (InputStream in = Files.newInputStream(file)) {
                store.write(recording.getId(), in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return call(activityId);
    }

    /**
     * The reviewer's scorecard for a call: every active criterion scored 1–5, and a comment. A
     * second review by the same reviewer replaces the first; one's own calls are not reviewed by
     * oneself.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','SALES_DIRECTOR','ADMIN')")
    public ReviewedCall review(
            Long activityId, @NotNull Map<Long, Integer> scores, @Size(max = 2000) String comment) {
        KundeloftUser user = currentUser.require();
        CustomerActivity call = requireCall(activityId);
        if (call.getAuthor().getId().equals(user.employeeId())) {
            throw new CallListRefusedException("review.refused.own");
        }
        Set<Long> criteria =
                scorecard.criteria().stream().map(CriterionRow::id).collect(Collectors.toSet());
        if (!scores.keySet().equals(criteria)
                || scores.values().stream().anyMatch(s -> s == null || s < 1 || s > 5)) {
            throw new CallListRefusedException("review.refused.scores");
        }
        // the call locked, so a reviewer's two saves at once do not both insert
        entityManager.lock(call, LockModeType.PESSIMISTIC_WRITE);
        CallReview review =
                entityManager
                        .createQuery(
                                "select r from CallReview r where r.activityId = :id and r.reviewer.id = :me",
                                CallReview.class)
                        .setParameter("id", activityId)
                        .setParameter("me", user.employeeId())
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElseGet(
                                () ->
                                        new CallReview(
                                                activityId,
                                                entityManager.getReference(
                                                        Employee.class, user.employeeId())));
        review.score(scores, Texts.blankToNull(comment), clock.instant());
        if (review.getId() == null) {
            // persisted once scored: the insert takes the state it has now
            entityManager.persist(review);
        }
        entityManager.flush();
        return call(activityId);
    }

    /**
     * The sellers in the reviewer's scope whose calls have been reviewed; for a seller, themselves.
     */
    public List<PersonChoice> reviewedSellers() {
        return callsQuery(
                        "select distinct new no.kundeloft.calling.PersonChoice(a.author.id, a.author.fullName, '')",
                        " and exists (select 1 from CallReview r where r.activityId = a.id)",
                        PersonChoice.class)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(PersonChoice::fullName))
                .toList();
    }

    /**
     * A seller's reviews month by month over the last twelve months: how many and their average.
     */
    public List<ScorePoint> scores(Long sellerId) {
        Employee seller = entityManager.find(Employee.class, sellerId);
        if (seller == null || !seesCallsOf(seller)) {
            throw new NotFoundException("Employee", sellerId);
        }
        YearMonth first = YearMonth.now(clock.withZone(Formats.ZONE)).minusMonths(11);
        List<Object[]> rows =
                entityManager
                        .createQuery(
                                """
                        select a.occurredAt, r.average from CallReview r, CustomerActivity a
                        where r.activityId = a.id and a.author.id = :seller and a.occurredAt >= :from""",
                                Object[].class)
                        .setParameter("seller", sellerId)
                        .setParameter("from", first.atDay(1).atStartOfDay(Formats.ZONE).toInstant())
                        .getResultList();
        Map<YearMonth, List<BigDecimal>> byMonth = new TreeMap<>();
        for (Object[] row : rows) {
            byMonth.computeIfAbsent(
                            YearMonth.from(((Instant) row[0]).atZone(Formats.ZONE)),
                            m -> new ArrayList<>())
                    .add((BigDecimal) row[1]);
        }
        return byMonth.entrySet().stream()
                .map(
                        e ->
                                new ScorePoint(
                                        e.getKey(),
                                        e.getValue().size(),
                                        e.getValue().stream()
                                                .reduce(BigDecimal.ZERO, BigDecimal::add)
                                                .divide(
                                                        BigDecimal.valueOf(e.getValue().size()),
                                                        2,
                                                        RoundingMode.HALF_UP)))
                .toList();
    }

    /**
     * The recording's type and size, for playing it; "not found" unless the user may hear the call.
     */
    public CallRecordingInfo recording(Long recordingId) {
        CallRecording recording = entityManager.find(CallRecording.class, recordingId);
        if (recording == null || !recording.isFile()) {
            throw new NotFoundException("Recording", recordingId);
        }
        requireCall(recording.getActivityId());
        return new CallRecordingInfo(
                recording.getId(), recording.getContentType(), recording.getSizeBytes());
    }

    private <T> TypedQuery<T> callsQuery(String select, String rest, Class<T> type) {
        KundeloftUser user = currentUser.require();
        if (!REVIEWERS.contains(user.role())) {
            return entityManager
                    .createQuery(select + CALLS + " and a.author.id = :me" + rest, type)
                    .setParameter("me", user.employeeId());
        }
        RecordScope scope = organisation.currentScope();
        TypedQuery<T> query =
                entityManager
                        .createQuery(
                                select
                                        + CALLS
                                        + " and (a.author.id = :me or "
                                        + scope.jpql("a.author")
                                        + ")"
                                        + rest,
                                type)
                        .setParameter("me", user.employeeId());
        return scope.bind(query);
    }

    private <T> TypedQuery<T> toListenToQuery(String select, String order, Class<T> type) {
        KundeloftUser user = currentUser.require();
        if (!REVIEWERS.contains(user.role())) {
            return entityManager.createQuery(select + CALLS + " and 1 = 0" + order, type);
        }
        RecordScope scope = organisation.currentScope();
        TypedQuery<T> query =
                entityManager
                        .createQuery(
                                select
                                        + CALLS
                                        + " and a.author.id <> :me and "
                                        + scope.jpql("a.author")
                                        + " and a.occurredAt >= :since and exists (select 1 from CallRecording c where c.activityId = a.id)"
                                        + " and not exists (select 1 from CallReview r where r.activityId = a.id and r.reviewer.id = :me)"
                                        + order,
                                type)
                        .setParameter("me", user.employeeId())
                        .setParameter("since", clock.instant().minus(LISTEN_BACK));
        return scope.bind(query);
    }

    private CustomerActivity requireCall(Long activityId) {
        CustomerActivity call = entityManager.find(CustomerActivity.class, activityId);
        if (call == null || call.getOutcome() == null || !seesCallsOf(call.getAuthor())) {
            throw new NotFoundException("Call", activityId);
        }
        return call;
    }

    private boolean seesCallsOf(Employee seller) {
        KundeloftUser user = currentUser.require();
        if (seller.getId().equals(user.employeeId())) {
            return true;
        }
        return REVIEWERS.contains(user.role()) && organisation.currentScope().covers(seller);
    }
}
