package no.kundeloft.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.pipeline.Deal;
import no.kundeloft.task.Task;
import no.kundeloft.task.TaskFilter;
import no.kundeloft.task.TaskService;
import no.kundeloft.task.TaskView;
import no.kundeloft.visit.Visit;
import no.kundeloft.visit.VisitForm;
import no.kundeloft.visit.VisitMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CallQueueServiceTest extends ScenarioTest {

    @Autowired CallListService lists;
    @Autowired CallQueue queue;
    @Autowired CustomerService customers;
    @Autowired EntityManager em;
    @Autowired TestClock clock;
    @Autowired TaskService tasks;

    CallingFixture.Telesales t;
    Long listId;

    @BeforeEach
    void aRunningList() {
        t = CallingFixture.telesales(em, s);
        signIn.as(t.lead5());
        listId = lists.create(CallingFixture.form(s, t, TestClock.TODAY)).id();
        lists.addContacts(listId, ContactSelection.standard());
        signIn.as(t.tele1());
    }

    private CallListEntry entry(Long id) {
        em.flush();
        em.clear();
        return em.find(CallListEntry.class, id);
    }

    @Test
    void the_caller_gets_a_contact_with_its_company_and_script_and_keeps_it_until_an_outcome() {
        QueueState first = queue.next(listId);
        assertThat(first.why()).isEqualTo(QueueState.Why.CALLING);
        assertThat(first.card().script()).isEqualTo("Hei, dette er ...");
        assertThat(first.card().contact().phone()).isNotBlank();
        assertThat(first.card().sellers())
                .extracting(PersonChoice::fullName)
                .containsExactly("am1 Testesen");
        assertThat(queue.next(listId).card().entryId())
                .as("the same contact until an outcome")
                .isEqualTo(first.card().entryId());
        QueueState second =
                queue.record(first.card().entryId(), CallResult.of(CallOutcome.NO_ANSWER, null));
        assertThat(second.card().entryId()).isNotEqualTo(first.card().entryId());
        CallListEntry noAnswer = entry(first.card().entryId());
        assertThat(noAnswer.getState()).isEqualTo(EntryState.WAITING);
        assertThat(noAnswer.getDueAt()).isEqualTo(TestClock.NOW.plusSeconds(3600));
        assertThat(noAnswer.getTries()).isEqualTo(1);
    }

    @Test
    void a_skipped_contact_waits_behind_the_others_for_half_an_hour() {
        Long skipped = queue.next(listId).card().entryId();
        QueueState next = queue.skip(skipped);
        assertThat(next.card().entryId()).isNotEqualTo(skipped);
        assertThat(entry(skipped).getDueAt()).isEqualTo(TestClock.NOW.plusSeconds(1800));
        assertThat(entry(skipped).getClaimedBy()).isNull();
    }

    @Test
    void a_contact_not_reached_comes_back_after_the_wait_and_is_done_after_its_last_try() {
        Long id = queue.next(listId).card().entryId();
        queue.record(id, CallResult.of(CallOutcome.BUSY, null));
        queue.release(queue.next(listId).card().entryId());
        clock.set(TestClock.DEFAULT.plusMinutes(61));
        assertThat(queue.next(listId).card().entryId()).as("due again first").isEqualTo(id);
        queue.record(id, CallResult.of(CallOutcome.NO_ANSWER, null));
        assertThat(entry(id).getState()).isEqualTo(EntryState.DONE);
    }

    @Test
    void a_call_back_is_the_callers_task_and_comes_back_to_them_alone_at_that_time() {
        QueueState first = queue.next(listId);
        Long id = first.card().entryId();
        LocalDateTime at = TestClock.DEFAULT.plusHours(2);
        assertThatThrownBy(
                        () ->
                                queue.record(
                                        id,
                                        new CallResult(
                                                CallOutcome.CALL_BACK,
                                                null,
                                                3,
                                                null,
                                                false,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null)))
                .hasMessageContaining("calling.refused.callBackWhen");
        queue.record(
                id,
                new CallResult(
                        CallOutcome.CALL_BACK,
                        "Ring etter lunsj",
                        3,
                        null,
                        false,
                        at,
                        "Ring tilbake",
                        null,
                        null,
                        null));
        Task task =
                em.createQuery("select t from Task t where t.assignee.id = :me", Task.class)
                        .setParameter("me", t.tele1().getId())
                        .getSingleResult();
        assertThat(task.getDueDate()).isEqualTo(at.toLocalDate());
        assertThat(task.getDueTime()).isEqualTo(at.toLocalTime());
        assertThat(queue.myCallBacks()).extracting(CallBackLine::entryId).containsExactly(id);
        assertThat(tasks.list(TaskFilter.mine(TaskView.OPEN), 0, 10))
                .singleElement()
                .satisfies(
                        row ->
                                assertThat(row.customerOpen())
                                        .as("the caller cannot open the listed customer")
                                        .isFalse());
        clock.set(at.plusMinutes(1));
        signIn.as(t.tele2());
        assertThat(queue.next(listId).card().entryId()).isNotEqualTo(id);
        signIn.as(t.tele1());
        QueueState back = queue.next(listId);
        assertThat(back.card().entryId()).isEqualTo(id);
        assertThat(back.card().callBack()).isTrue();
    }

    @Test
    void not_interested_needs_a_reason_and_can_mark_the_contact_never_to_be_called() {
        QueueState first = queue.next(listId);
        Long id = first.card().entryId();
        assertThatThrownBy(() -> queue.record(id, CallResult.of(CallOutcome.NOT_INTERESTED, null)))
                .hasMessageContaining("activity.refused.reasonRequired");
        queue.record(
                id,
                new CallResult(
                        CallOutcome.NOT_INTERESTED,
                        null,
                        2,
                        "Har avtale",
                        true,
                        null,
                        null,
                        null,
                        null,
                        null));
        CallListEntry done = entry(id);
        assertThat(done.getState()).isEqualTo(EntryState.DONE);
        assertThat(em.find(Contact.class, done.getContact().getId()).isDoNotCall()).isTrue();
    }

    @Test
    void
            a_meeting_is_booked_for_a_listed_seller_with_the_need_and_an_order_is_a_deal_won_for_the_customers_owner() {
        Long id = queue.next(listId).card().entryId();
        Long customerId = entry(id).getCustomer().getId();
        VisitForm meeting = new VisitForm();
        meeting.setCustomerId(customerId);
        meeting.setHostId(s.am2().getId());
        meeting.setStart(TestClock.DEFAULT.plusDays(1).with(LocalTime.of(9, 0)));
        meeting.setMode(VisitMode.VIDEO);
        meeting.setVideoLink("https://meet.example.com/abc");
        meeting.setPurpose("Introduksjonsmøte");
        meeting.setNeed("Vil ha ny rammeavtale");
        CallResult booked =
                new CallResult(
                        CallOutcome.MEETING_BOOKED,
                        null,
                        6,
                        null,
                        false,
                        null,
                        null,
                        meeting,
                        null,
                        null);
        assertThatThrownBy(() -> queue.record(id, booked))
                .hasMessageContaining("calling.refused.seller");
        meeting.setHostId(s.am1().getId());
        meeting.setNeed(" ");
        assertThatThrownBy(() -> queue.record(id, booked))
                .hasMessageContaining("calling.refused.needRequired");
        meeting.setNeed("Vil ha ny rammeavtale");
        queue.record(id, booked);
        Visit visit =
                em.createQuery("select v from Visit v where v.customer.id = :c", Visit.class)
                        .setParameter("c", customerId)
                        .getSingleResult();
        assertThat(visit.getHost()).isEqualTo(s.am1());
        assertThat(visit.getBookedBy()).isEqualTo(t.tele1());
        assertThat(entry(id).getState()).isEqualTo(EntryState.DONE);

        Long next = queue.next(listId).card().entryId();
        Long orderAt = entry(next).getCustomer().getId();
        assertThatThrownBy(() -> queue.record(next, CallResult.of(CallOutcome.ORDER, null)))
                .hasMessageContaining("calling.refused.orderMissing");
        queue.record(
                next,
                new CallResult(
                        CallOutcome.ORDER,
                        null,
                        9,
                        null,
                        false,
                        null,
                        null,
                        null,
                        "Lisenser",
                        new BigDecimal("120000")));
        Deal deal =
                em.createQuery("select d from Deal d where d.customer.id = :c", Deal.class)
                        .setParameter("c", orderAt)
                        .getSingleResult();
        assertThat(deal.getOwner()).isEqualTo(entry(next).getCustomer().getOwner());
        assertThat(deal.isOpen()).isFalse();
        assertThat(deal.getYearlyValue()).isEqualByComparingTo("120000");
    }

    @Test
    void outside_calling_hours_and_after_a_stop_nobody_gets_a_contact() {
        clock.set(TestClock.TODAY.atTime(20, 30));
        assertThat(queue.next(listId).why()).isEqualTo(QueueState.Why.OUTSIDE_HOURS);
        clock.set(TestClock.DEFAULT);
        signIn.as(t.lead5());
        lists.stop(listId, lists.get(listId).form().getVersion());
        signIn.as(t.tele1());
        assertThat(queue.next(listId).why()).isEqualTo(QueueState.Why.ENDED);
    }

    @Test
    void
            a_caller_not_on_the_list_gets_nothing_and_a_held_contact_is_nobody_elses_and_the_customer_stays_out_of_scope() {
        Long id = queue.next(listId).card().entryId();
        Long customerId = entry(id).getCustomer().getId();
        assertThatThrownBy(() -> customers.get(customerId)).isInstanceOf(NotFoundException.class);
        signIn.as(t.tele2());
        assertThatThrownBy(() -> queue.record(id, CallResult.of(CallOutcome.REACHED, null)))
                .hasMessageContaining("calling.refused.taken");
        assertThatThrownBy(() -> queue.week(id, s.am1().getId(), TestClock.TODAY, 60))
                .isInstanceOf(NotFoundException.class);
        signIn.as(t.lead5());
        CallListDetails details = lists.get(listId);
        CallListForm form = details.form();
        form.setCallerIds(Set.of(t.tele1().getId()));
        lists.update(listId, form);
        signIn.as(t.tele2());
        assertThatThrownBy(() -> queue.next(listId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queue.record(id, CallResult.of(CallOutcome.REACHED, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(queue.myCallBacks()).isEmpty();
    }
}
