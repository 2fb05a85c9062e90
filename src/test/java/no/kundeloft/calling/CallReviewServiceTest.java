package no.kundeloft.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.CallOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class CallReviewServiceTest extends ScenarioTest {

    @Autowired CallReviewService reviews;
    @Autowired ScorecardService scorecard;
    @Autowired CallListService lists;
    @Autowired CallQueue queue;
    @Autowired RecordingStore store;
    @Autowired EntityManager em;

    CallingFixture.Telesales t;
    Long callId;
    Path file;

    @BeforeEach
    void aCallByTele1() throws Exception {
        t = CallingFixture.telesales(em, s);
        signIn.as(t.lead5());
        Long listId = lists.create(CallingFixture.form(s, t, TestClock.TODAY)).id();
        lists.addContacts(listId, ContactSelection.standard());
        signIn.as(t.tele1());
        queue.record(
                queue.next(listId).card().entryId(),
                new CallResult(
                        CallOutcome.REACHED,
                        "Godt møte",
                        5,
                        null,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null));
        callId =
                em.createQuery(
                                "select a.id from CustomerActivity a where a.author.id = :me",
                                Long.class)
                        .setParameter("me", t.tele1().getId())
                        .getSingleResult();
        file = Files.createTempFile("recording", ".wav");
    }

    @AfterEach
    void deleteFile() throws Exception {
        Files.deleteIfExists(file);
    }

    private static byte[] wav(int dataBytes) {
        byte[] bytes = new byte[44 + dataBytes];
        new Random(7).nextBytes(bytes);
        System.arraycopy("RIFF".getBytes(), 0, bytes, 0, 4);
        System.arraycopy("WAVE".getBytes(), 0, bytes, 8, 4);
        return bytes;
    }

    private Map<Long, Integer> all(int score) {
        return reviews.criteria().stream().collect(Collectors.toMap(CriterionRow::id, c -> score));
    }

    @Test
    void a_recording_is_kept_in_chunks_and_read_back_exactly_also_a_range_across_chunks()
            throws Exception {
        byte[] audio = wav(600_000);
        Files.write(file, audio);
        ReviewedCall call = reviews.attachRecording(callId, file);
        assertThat(call.recordingId()).isNotNull();
        CallRecordingInfo info = reviews.recording(call.recordingId());
        assertThat(info.contentType()).isEqualTo("audio/wav");
        assertThat(info.sizeBytes()).isEqualTo(audio.length);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        store.copy(call.recordingId(), 0, audio.length - 1, whole);
        assertThat(whole.toByteArray()).isEqualTo(audio);
        ByteArrayOutputStream range = new ByteArrayOutputStream();
        store.copy(call.recordingId(), 262_000, 530_000, range);
        assertThat(range.toByteArray()).isEqualTo(Arrays.copyOfRange(audio, 262_000, 530_001));
    }

    @Test
    void a_file_that_is_not_audio_or_too_large_is_refused_and_nothing_is_kept() throws Exception {
        Files.writeString(file, "name;phone\nKari;900");
        assertThatThrownBy(() -> reviews.attachRecording(callId, file))
                .hasMessageContaining("review.refused.notAudio");
        try (RandomAccessFile large = new RandomAccessFile(file.toFile(), "rw")) {
            large.setLength(CallReviewService.MAX_RECORDING_MB * 1024L * 1024L + 1);
            large.seek(0);
            large.write(wav(0));
        }
        assertThatThrownBy(() -> reviews.attachRecording(callId, file))
                .hasMessageContaining("review.refused.tooLarge");
        assertThat(reviews.call(callId).hasRecording()).isFalse();
    }

    @Test
    void
            the_leader_listens_scores_every_criterion_and_the_seller_reads_the_review_and_the_scores_over_time()
                    throws Exception {
        Files.write(file, wav(1000));
        reviews.attachRecording(callId, file);
        signIn.as(t.lead5());
        assertThat(reviews.toListenTo(0, 10))
                .extracting(ReviewedCall::activityId)
                .containsExactly(callId);
        Map<Long, Integer> partial = all(4);
        partial.remove(partial.keySet().iterator().next());
        assertThatThrownBy(() -> reviews.review(callId, partial, null))
                .hasMessageContaining("review.refused.scores");
        Map<Long, Integer> scores = all(4);
        scores.put(scores.keySet().iterator().next(), 2);
        ReviewedCall reviewed =
                reviews.review(
                        callId,
                        scores,
                        "Godt åpningsspørsmål, men avslutt med en konkret neste steg.");
        assertThat(reviewed.reviews())
                .singleElement()
                .satisfies(r -> assertThat(r.average()).isEqualByComparingTo("3.50"));
        assertThat(reviews.toListenTo(0, 10)).isEmpty();
        assertThat(reviews.countReviewed()).isEqualTo(1);
        assertThat(reviews.scores(t.tele1().getId()))
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.reviews()).isEqualTo(1);
                            assertThat(p.average()).isEqualByComparingTo("3.50");
                        });

        signIn.as(t.tele1());
        assertThat(reviews.reviewed(0, 10))
                .singleElement()
                .satisfies(
                        c ->
                                assertThat(c.reviews().getFirst().comment())
                                        .startsWith("Godt åpningsspørsmål"));
        assertThat(reviews.mayReview()).isFalse();
        assertThatThrownBy(() -> reviews.review(callId, all(5), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reviewers_outside_the_sellers_scope_neither_hear_nor_see_the_call() throws Exception {
        Files.write(file, wav(1000));
        Long recordingId = reviews.attachRecording(callId, file).recordingId();
        signIn.as(s.dir1());
        assertThat(reviews.call(callId).callerName()).isEqualTo("tele1 Testesen");
        assertThat(reviews.countToListenTo()).isEqualTo(1);
        for (var outsider :
                new no.kundeloft.organisation.Employee[] {
                    s.lead1(), s.mgrB(), s.dir2(), t.tele2(), s.am1()
                }) {
            signIn.as(outsider);
            assertThatThrownBy(() -> reviews.recording(recordingId))
                    .as("%s", outsider)
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> reviews.call(callId))
                    .as("%s", outsider)
                    .isInstanceOf(NotFoundException.class);
            assertThat(reviews.toListenTo(0, 10)).as("%s", outsider).isEmpty();
            assertThatThrownBy(() -> reviews.scores(t.tele1().getId()))
                    .isInstanceOf(NotFoundException.class);
        }
        signIn.as(s.lead1());
        assertThatThrownBy(() -> reviews.review(callId, all(3), null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void admins_keep_the_criteria_and_the_scorecard_keeps_at_least_one() {
        signIn.as(s.admin());
        assertThat(scorecard.allCriteria())
                .extracting(CriterionRow::name)
                .containsExactly("Åpning", "Behovsavdekking", "Innvendinger", "Avslutning");
        assertThatThrownBy(() -> scorecard.addCriterion(" behovsavdekking "))
                .hasMessageContaining("review.refused.criterionTaken");
        CriterionRow tone = scorecard.addCriterion("Tone");
        assertThat(tone.position()).isEqualTo(5);
        for (CriterionRow row : reviews.criteria()) {
            if (!row.id().equals(tone.id())) {
                scorecard.setCriterionActive(row.id(), false);
            }
        }
        assertThatThrownBy(() -> scorecard.setCriterionActive(tone.id(), false))
                .hasMessageContaining("review.refused.lastCriterion");
        assertThat(reviews.criteria()).extracting(CriterionRow::name).containsExactly("Tone");
        signIn.as(t.lead5());
        assertThatThrownBy(() -> scorecard.addCriterion("Pace"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
