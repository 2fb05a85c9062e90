package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.organisation.Employee;
import no.kundeloft.pipeline.DealForms;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.task.TaskForm;
import no.kundeloft.task.TaskService;
import no.kundeloft.visit.VisitForm;
import no.kundeloft.visit.VisitMode;
import no.kundeloft.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerTimelineServiceTest extends ScenarioTest {

    private static final Set<TimelineKind> ALL = Set.of(TimelineKind.values());

    @Autowired CustomerTimelineService timeline;
    @Autowired ActivityService activities;
    @Autowired VisitService visits;
    @Autowired TaskService tasks;
    @Autowired DealService deals;

    private void somethingOfEveryKind() {
        signIn.as(s.am1());
        activities.logNote(s.c1().getId(), "Moving in spring");
        activities.logCall(
                s.c1().getId(),
                new CallForm(
                        null,
                        CallOutcome.CALL_BACK,
                        4,
                        null,
                        null,
                        "Call back",
                        TestClock.TODAY.plusDays(1),
                        LocalTime.of(9, 0)));
        VisitForm visit = new VisitForm();
        visit.setCustomerId(s.c1().getId());
        visit.setHostId(s.am1().getId());
        visit.setStart(TestClock.DEFAULT.plusDays(2));
        visit.setMode(VisitMode.PHONE);
        visit.setPurpose("Yearly review");
        visits.plan(visit);
        tasks.create(
                new TaskForm(
                        "Send the brochure",
                        s.c1().getId(),
                        s.am1().getId(),
                        TestClock.TODAY,
                        null));
        deals.create(DealForms.growth(s.c1(), s.am1(), "Skyplattform"));
    }

    private List<String> keys(Employee who, Set<TimelineKind> kinds) {
        signIn.as(who);
        return timeline.page(s.c1().getId(), kinds, 0, 50).stream()
                .map(TimelineEntry::messageKey)
                .toList();
    }

    @Test
    void everything_that_happened_at_a_customer_is_one_feed_newest_first() {
        somethingOfEveryKind();
        List<TimelineEntry> lines = timeline.page(s.c1().getId(), ALL, 0, 50);
        assertThat(lines)
                .extracting(TimelineEntry::kind)
                .contains(
                        TimelineKind.NOTE,
                        TimelineKind.CALL,
                        TimelineKind.VISIT,
                        TimelineKind.TASK,
                        TimelineKind.DEAL,
                        TimelineKind.OWNER);
        assertThat(lines).isSortedAccordingTo(TimelineEntry.NEWEST_FIRST);
        assertThat(lines.getFirst().messageKey())
                .as("the visit planned ahead is newest")
                .isEqualTo("timeline.visit.PLANNED");
        assertThat(timeline.count(s.c1().getId(), ALL)).isEqualTo(lines.size());
        assertThat(timeline.page(s.c1().getId(), ALL, 2, 3))
                .containsExactlyElementsOf(lines.subList(2, 5));
        assertThat(timeline.page(s.c1().getId(), Set.of(TimelineKind.TASK), 0, 50))
                .extracting(TimelineEntry::text)
                .containsExactlyInAnyOrder("Send the brochure", "Call back");

        VisitForm past = new VisitForm();
        past.setCustomerId(s.c1().getId());
        past.setHostId(s.am1().getId());
        past.setStart(TestClock.DEFAULT.minusDays(3));
        past.setMode(VisitMode.PHONE);
        past.setPurpose("Follow-up");
        visits.plan(past);
        assertThat(timeline.page(s.c1().getId(), Set.of(TimelineKind.VISIT), 0, 50))
                .extracting(TimelineEntry::messageKey)
                .containsExactly("timeline.visit.PLANNED", "timeline.visit.UNREPORTED");
    }

    @Test
    void a_meeting_booker_sees_no_deals_and_only_her_own_tasks_and_bookings() {
        somethingOfEveryKind();
        assertThat(keys(s.lead1(), ALL))
                .contains("timeline.deal.opened", "timeline.visit.PLANNED", "timeline.task.open");
        assertThat(keys(s.booker(), ALL))
                .doesNotContain(
                        "timeline.deal.opened", "timeline.visit.PLANNED", "timeline.task.open")
                .contains("timeline.note", "timeline.owner");
        assertThat(timeline.kinds())
                .doesNotContain(TimelineKind.DEAL, TimelineKind.REVENUE, TimelineKind.PLAN);
    }

    @Test
    void nobody_outside_the_scope_reads_a_customers_timeline() {
        somethingOfEveryKind();
        for (Employee outsider : List.of(s.am2(), s.lead2(), s.mgrB(), s.dir2())) {
            signIn.as(outsider);
            assertThatThrownBy(() -> timeline.page(s.c1().getId(), ALL, 0, 50))
                    .as(outsider.getUsername())
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> timeline.count(s.c1().getId(), ALL))
                    .isInstanceOf(NotFoundException.class);
        }
    }
}
