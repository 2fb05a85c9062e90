package no.kundeloft.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.notification.NotificationItem;
import no.kundeloft.notification.NotificationKind;
import no.kundeloft.notification.NotificationService;
import no.kundeloft.organisation.Employee;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Visits on the test organisation: am1 (T1, dir1's division) owns c1 and c2; dir2 directs the other
 * division.
 */
class VisitServiceTest extends ScenarioTest {

    private static final LocalDateTime AT =
            TestClock.DEFAULT.plusDays(30).truncatedTo(ChronoUnit.DAYS).withHour(10);

    @Autowired VisitService visits;

    @Autowired VisitQueries visitQueries;

    @Autowired VisitReports visitReports;
    @Autowired NotificationService notifications;

    private static VisitForm form(
            Customer customer, Employee host, LocalDateTime start, int minutes) {
        VisitForm form = new VisitForm();
        form.setCustomerId(customer.getId());
        form.setHostId(host.getId());
        form.setStart(start);
        form.setDurationMinutes(minutes);
        form.setMode(VisitMode.ON_SITE);
        form.setLocation("Storgata 1, Oslo");
        form.setPurpose("Yearly review");
        return form;
    }

    private VisitDetails planAsAm1(LocalDateTime start) {
        signIn.as(s.am1());
        return visits.plan(form(s.c1(), s.am1(), start, 60));
    }

    @Test
    void a_seller_plans_a_visit_that_their_leader_sees_and_another_team_does_not() {
        VisitDetails visit = planAsAm1(AT);
        assertThat(visit.item().hostName()).isEqualTo(s.am1().getFullName());
        assertThat(visit.item().endsAt()).isEqualTo(visit.item().startsAt().plusSeconds(3600));
        assertThat(visit.actions().edit()).isTrue();
        signIn.as(s.lead1());
        assertThat(
                        visitQueries.calendar(
                                TestClock.NOW,
                                TestClock.NOW.plus(60, ChronoUnit.DAYS),
                                VisitFilter.none()))
                .extracting(VisitItem::id)
                .containsExactly(visit.item().id());
        assertThat(visitQueries.get(visit.item().id()).actions().edit()).isFalse();
        signIn.as(s.am3());
        assertThatThrownBy(() -> visitQueries.get(visit.item().id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(
                        visitQueries.calendar(
                                TestClock.NOW,
                                TestClock.NOW.plus(60, ChronoUnit.DAYS),
                                VisitFilter.none()))
                .isEmpty();
    }

    @Test
    void a_double_booking_is_refused_naming_the_other_visit() {
        planAsAm1(AT);
        VisitForm overlapping = form(s.c2(), s.am1(), AT.plusMinutes(30), 60);
        assertThatThrownBy(() -> visits.plan(overlapping))
                .isInstanceOf(VisitRefusedException.class)
                .satisfies(
                        e ->
                                assertThat(((VisitRefusedException) e).arguments())
                                        .startsWith(s.am1().getFullName(), s.c1().getName()));
        assertThat(visits.plan(form(s.c2(), s.am1(), AT.plusMinutes(60), 30)).item().customerName())
                .isEqualTo(s.c2().getName());
    }

    @Test
    void a_director_asks_to_join_and_only_the_host_answers() {
        VisitDetails visit = planAsAm1(AT);
        Long id = visit.item().id();
        signIn.as(s.dir1());
        assertThat(visitQueries.get(id).actions().requestToJoin()).isTrue();
        VisitDetails asked = visits.requestToJoin(id);
        assertThat(asked.participants())
                .singleElement()
                .extracting(VisitDetails.Participant::status)
                .isEqualTo(ParticipantStatus.REQUESTED);
        assertThat(asked.actions().requestToJoin()).isFalse();

        signIn.as(s.lead1());
        assertThatThrownBy(() -> visits.answer(id, s.dir1().getId(), true))
                .isInstanceOf(VisitRefusedException.class)
                .hasMessageContaining("onlyHost");

        signIn.as(s.am1());
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.latest())
                .singleElement()
                .satisfies(
                        n -> {
                            assertThat(n.kind()).isEqualTo(NotificationKind.JOIN_REQUESTED);
                            assertThat(n.actorName()).isEqualTo(s.dir1().getFullName());
                        });
        assertThat(visitQueries.get(id).actions().answer()).isTrue();
        VisitDetails accepted = visits.answer(id, s.dir1().getId(), true);
        assertThat(accepted.participants())
                .singleElement()
                .extracting(VisitDetails.Participant::status)
                .isEqualTo(ParticipantStatus.ACCEPTED);
        assertThat(accepted.item().directorAttending()).isTrue();
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();

        signIn.as(s.dir1());
        assertThat(notifications.latest())
                .extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.JOIN_ACCEPTED);
        assertThat(
                        visitQueries.calendar(
                                TestClock.NOW,
                                TestClock.NOW.plus(60, ChronoUnit.DAYS),
                                new VisitFilter(null, null, false, true)))
                .extracting(VisitItem::id)
                .containsExactly(id);
    }

    @Test
    void a_declined_request_is_told_to_the_director() {
        Long id = planAsAm1(AT).item().id();
        signIn.as(s.dir1());
        visits.requestToJoin(id);
        signIn.as(s.am1());
        assertThat(visits.answer(id, s.dir1().getId(), false).participants())
                .singleElement()
                .extracting(VisitDetails.Participant::status)
                .isEqualTo(ParticipantStatus.DECLINED);
        signIn.as(s.dir1());
        assertThat(notifications.latest())
                .extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.JOIN_DECLINED);
    }

    @Test
    void a_director_outside_the_division_cannot_see_or_join() {
        Long id = planAsAm1(AT).item().id();
        signIn.as(s.dir2());
        assertThatThrownBy(() -> visitQueries.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> visits.requestToJoin(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_director_already_booked_then_sees_the_conflict_and_cannot_ask() {
        Long id = planAsAm1(AT).item().id();
        signIn.as(s.dir1());
        VisitDetails own = visits.plan(form(s.c3(), s.am2(), AT.minusMinutes(30), 60));
        assertThat(own.participants())
                .singleElement()
                .extracting(VisitDetails.Participant::status)
                .isEqualTo(ParticipantStatus.ACCEPTED);
        assertThat(visitQueries.conflictsIfIJoin(id))
                .extracting(VisitItem::id)
                .containsExactly(own.item().id());
        assertThatThrownBy(() -> visits.requestToJoin(id))
                .isInstanceOf(VisitRefusedException.class)
                .hasMessageContaining("doubleBooked");
        signIn.as(s.am2());
        assertThat(notifications.latest())
                .extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.VISIT_SCHEDULED);

        // The host proposes another time by moving it; the director hears of it.
        VisitForm later = form(s.c3(), s.am2(), AT.plusHours(3), 60);
        later.setVersion(own.version());
        visits.update(own.item().id(), later);
        signIn.as(s.dir1());
        assertThat(notifications.latest())
                .extracting(NotificationItem::kind)
                .contains(NotificationKind.VISIT_MOVED);
    }

    @Test
    void a_meeting_booker_books_with_the_need_and_sees_only_busy_times_of_other_visits() {
        Long ownVisit = planAsAm1(AT).item().id();
        signIn.as(s.booker());
        VisitForm booking = form(s.c2(), s.am1(), AT.plusDays(1), 45);
        assertThatThrownBy(() -> visits.plan(booking))
                .isInstanceOf(VisitRefusedException.class)
                .hasMessageContaining("needRequired");
        booking.setNeed("Wants a quote for 40 new laptops");
        VisitDetails booked = visits.plan(booking);
        assertThat(booked.need()).isEqualTo("Wants a quote for 40 new laptops");
        assertThat(booked.bookedBy()).isEqualTo(s.booker().getFullName());
        assertThatThrownBy(() -> visitQueries.get(ownVisit)).isInstanceOf(NotFoundException.class);
        assertThat(
                        visitQueries.calendar(
                                TestClock.NOW,
                                TestClock.NOW.plus(60, ChronoUnit.DAYS),
                                VisitFilter.none()))
                .extracting(VisitItem::id)
                .containsExactly(booked.item().id());
        List<BusyBlock> busy =
                visitQueries.busy(
                        s.am1().getId(), TestClock.NOW, TestClock.NOW.plus(60, ChronoUnit.DAYS));
        assertThat(busy).hasSize(2);
        assertThatThrownBy(
                        () ->
                                visitQueries.busy(
                                        s.am3().getId(),
                                        TestClock.NOW,
                                        TestClock.NOW.plus(60, ChronoUnit.DAYS)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> visits.plan(form(s.c4(), s.am3(), AT.plusDays(2), 30)))
                .isInstanceOf(NotFoundException.class);

        signIn.as(s.am1());
        assertThat(notifications.latest())
                .extracting(NotificationItem::kind)
                .containsExactly(NotificationKind.VISIT_BOOKED);
        assertThat(visitQueries.get(booked.item().id()).need())
                .isEqualTo("Wants a quote for 40 new laptops");
    }

    @Test
    void only_the_host_changes_and_cancels_and_a_stale_version_is_refused() {
        VisitDetails visit = planAsAm1(AT);
        Long id = visit.item().id();
        VisitForm change = form(s.c1(), s.am1(), AT.plusHours(2), 90);
        change.setVersion(visit.version());
        VisitDetails moved = visits.update(id, change);
        assertThat(moved.item().startsAt())
                .isEqualTo(visit.item().startsAt().plus(2, ChronoUnit.HOURS));
        assertThatThrownBy(() -> visits.update(id, change))
                .isInstanceOf(VisitRefusedException.class)
                .hasMessageContaining("changed");
        signIn.as(s.lead1());
        assertThatThrownBy(() -> visits.cancel(id, moved.version()))
                .isInstanceOf(VisitRefusedException.class);
        signIn.as(s.am1());
        assertThat(visits.cancel(id, moved.version()).item().status())
                .isEqualTo(VisitStatus.CANCELLED);
        // A cancelled visit no longer blocks the time.
        assertThat(visits.plan(form(s.c2(), s.am1(), AT.plusHours(2), 60)).item().status())
                .isEqualTo(VisitStatus.PLANNED);
    }

    @Test
    void a_report_comes_after_the_visit_with_complete_follow_ups_and_the_director_debriefs() {
        VisitDetails future = planAsAm1(AT);
        assertThatThrownBy(
                        () ->
                                visits.report(
                                        future.item().id(),
                                        future.version(),
                                        "Good",
                                        VisitOutcome.POSITIVE,
                                        List.of()))
                .isInstanceOf(VisitRefusedException.class)
                .hasMessageContaining("notYet");

        signIn.as(s.dir1());
        VisitDetails past =
                visits.plan(form(s.c1(), s.am1(), TestClock.DEFAULT.minusDays(2).withHour(9), 60));
        signIn.as(s.am1());
        List<FollowUpForm> incomplete =
                List.of(
                        new FollowUpForm(
                                "Send offer", s.am1().getId(), TestClock.TODAY.plusDays(7)),
                        new FollowUpForm("Call back", null, TestClock.TODAY));
        assertThatThrownBy(
                        () ->
                                visits.report(
                                        past.item().id(),
                                        past.version(),
                                        "Went well",
                                        VisitOutcome.POSITIVE,
                                        incomplete))
                .isInstanceOf(VisitRefusedException.class)
                .satisfies(
                        e ->
                                assertThat(((VisitRefusedException) e).arguments())
                                        .containsExactly(2));
        VisitDetails reported =
                visits.report(
                        past.item().id(),
                        past.version(),
                        "Went well",
                        VisitOutcome.POSITIVE,
                        incomplete.subList(0, 1));
        assertThat(reported.item().status()).isEqualTo(VisitStatus.DONE);
        assertThat(reported.followUps())
                .singleElement()
                .extracting(VisitDetails.FollowUpItem::description)
                .isEqualTo("Send offer");
        assertThat(reported.actions().debrief()).isFalse();

        signIn.as(s.dir1());
        assertThat(visits.debrief(past.item().id(), "Strong relationship with the CFO").debrief())
                .isEqualTo("Strong relationship with the CFO");
    }

    @Test
    void a_seller_cannot_host_for_someone_else_and_admins_have_no_visits() {
        signIn.as(s.am1());
        assertThatThrownBy(() -> visits.plan(form(s.c1(), s.am2(), AT, 60)))
                .isInstanceOf(VisitRefusedException.class)
                .hasMessageContaining("host");
        signIn.as(s.admin());
        assertThatThrownBy(
                        () ->
                                visitQueries.calendar(
                                        TestClock.NOW, TestClock.NOW, VisitFilter.none()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void customers_without_a_visit_within_their_cadence_and_none_planned_are_overdue() {
        signIn.as(s.kam1());
        assertThat(visitReports.overdueForVisit(10).first())
                .extracting(OverdueCustomer::customerId)
                .containsExactly(s.k1().getId());
        // A key customer visited 40 days ago is overdue (30 days); one visited 10 days ago is not.
        VisitDetails old =
                visits.plan(
                        form(s.k1(), s.kam1(), TestClock.DEFAULT.minusDays(40).withHour(9), 60));
        Overdue overdue = visitReports.overdueForVisit(10);
        assertThat(overdue.count()).isEqualTo(1);
        assertThat(overdue.first().getFirst().lastVisit()).isEqualTo(old.item().startsAt());
        visits.plan(form(s.k1(), s.kam1(), TestClock.DEFAULT.minusDays(10).withHour(9), 60));
        assertThat(visitReports.overdueForVisit(10).count()).isZero();

        signIn.as(s.am1());
        assertThat(visitReports.overdueForVisit(10).count()).isEqualTo(2);
        // A planned visit takes the customer off the list; a standard customer visited 100 days ago
        // is within 180.
        visits.plan(form(s.c1(), s.am1(), AT, 60));
        visits.plan(form(s.c2(), s.am1(), TestClock.DEFAULT.minusDays(100).withHour(9), 60));
        assertThat(visitReports.overdueForVisit(10).count()).isZero();
        signIn.as(s.lead1());
        assertThat(visitReports.overdueForVisit(10).first())
                .extracting(OverdueCustomer::customerId)
                .containsExactly(s.c3().getId());
        signIn.as(s.booker());
        assertThat(visitReports.overdueForVisit(10).count()).isZero();
    }

    @Test
    void a_report_keeps_its_next_steps_and_the_briefing_lists_the_last_reports() {
        signIn.as(s.am1());
        VisitDetails past =
                visits.plan(form(s.c1(), s.am1(), TestClock.DEFAULT.minusDays(5).withHour(9), 60));
        visits.report(
                past.item().id(),
                past.version(),
                "They want a proposal",
                VisitOutcome.POSITIVE,
                List.of(
                        new FollowUpForm(
                                "Send the proposal",
                                s.am1().getId(),
                                TestClock.TODAY.plusDays(3))));
        assertThat(visitQueries.get(past.item().id()).followUps())
                .extracting(VisitDetails.FollowUpItem::description)
                .containsExactly("Send the proposal");
        assertThat(visitQueries.recentReports(s.c1().getId(), 3))
                .extracting(VisitDetails::summary)
                .containsExactly("They want a proposal");
        signIn.as(s.am3());
        assertThatThrownBy(() -> visitQueries.recentReports(s.c1().getId(), 3))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void director_coverage_lists_key_customers_no_director_has_met_first() {
        s.c1().setTier(CustomerTier.KEY);
        signIn.as(s.dir1());
        visits.plan(form(s.c1(), s.am1(), TestClock.DEFAULT.minusDays(20).withHour(9), 60));
        assertThat(visitReports.directorCoverage())
                .extracting(CoverageLine::customerId)
                .containsExactly(s.k1().getId(), s.c1().getId());
    }

    @Test
    void director_coverage_shows_when_a_director_last_attended_each_key_customer() {
        signIn.as(s.dir1());
        assertThat(visitReports.directorCoverage())
                .singleElement()
                .satisfies(
                        line -> {
                            assertThat(line.customerId()).isEqualTo(s.k1().getId());
                            assertThat(line.lastDirectorVisit()).isNull();
                            assertThat(line.uncovered()).isTrue();
                        });
        VisitDetails attended =
                visits.plan(
                        form(s.k1(), s.kam1(), TestClock.DEFAULT.minusDays(20).withHour(9), 60));
        assertThat(visitReports.directorCoverage())
                .singleElement()
                .satisfies(
                        line -> {
                            assertThat(line.lastDirectorVisit())
                                    .isEqualTo(attended.item().startsAt());
                            assertThat(line.directorName()).isEqualTo(s.dir1().getFullName());
                            assertThat(line.uncovered()).isFalse();
                        });
        signIn.as(s.dir2());
        assertThat(visitReports.directorCoverage()).isEmpty();
        signIn.as(s.am1());
        assertThatThrownBy(() -> visitReports.directorCoverage())
                .isInstanceOf(VisitRefusedException.class);
    }

    @Test
    void a_director_finds_visits_to_join_by_key_customers_and_accounts_no_director_met() {
        VisitDetails standard = planAsAm1(AT);
        signIn.as(s.kam1());
        VisitDetails key = visits.plan(form(s.k1(), s.kam1(), AT.plusDays(1), 60));
        signIn.as(s.dir1());
        assertThat(visitReports.openToJoin(new OpenVisitFilter(false, false, false), 56))
                .extracting(open -> open.visit().id(), OpenVisit::reasons)
                .containsExactly(
                        tuple(standard.item().id(), Set.of(OpenVisit.Reason.NO_DIRECTOR_IN_A_YEAR)),
                        tuple(
                                key.item().id(),
                                Set.of(
                                        OpenVisit.Reason.KEY_CUSTOMER,
                                        OpenVisit.Reason.NO_DIRECTOR_IN_A_YEAR)));
        assertThat(visitReports.openToJoin(new OpenVisitFilter(true, false, false), 56))
                .extracting(open -> open.visit().id())
                .containsExactly(key.item().id());
        assertThat(visitReports.openToJoin(new OpenVisitFilter(false, true, false), 56)).isEmpty();
        visits.plan(form(s.k1(), s.kam1(), TestClock.DEFAULT.minusDays(30).withHour(9), 60));
        assertThat(visitReports.openToJoin(new OpenVisitFilter(false, false, true), 56))
                .extracting(open -> open.visit().id())
                .containsExactly(standard.item().id());
        visits.requestToJoin(standard.item().id());
        assertThat(visitReports.openToJoin(new OpenVisitFilter(false, false, false), 56))
                .extracting(open -> open.visit().id())
                .containsExactly(key.item().id());
    }

    @Test
    void a_video_link_must_be_a_web_address_and_a_script_link_is_refused() {
        signIn.as(s.am1());
        VisitForm script = form(s.c1(), s.am1(), AT, 60);
        script.setMode(VisitMode.VIDEO);
        script.setVideoLink("javascript:alert(1)");
        assertThatThrownBy(() -> visits.plan(script))
                .isInstanceOf(VisitRefusedException.class)
                .extracting(e -> ((VisitRefusedException) e).messageKey())
                .isEqualTo("visit.refused.linkUnsafe");
        VisitForm meeting = form(s.c1(), s.am1(), AT, 60);
        meeting.setMode(VisitMode.VIDEO);
        meeting.setVideoLink("https://teams.example.com/l/meetup-join/19%3a");
        assertThat(visits.plan(meeting).videoLink())
                .isEqualTo("https://teams.example.com/l/meetup-join/19%3a");
        assertThat(VideoLinks.isSafe("HTTP://meet.example.no/abc")).isTrue();
        assertThat(VideoLinks.isSafe("data:text/html,<script>")).isFalse();
        assertThat(VideoLinks.isSafe("https:///no-host")).isFalse();
    }
}
