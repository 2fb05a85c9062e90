package no.kundeloft.calling;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.kundeloft.CommittedScenarioTest;
import no.kundeloft.SignIn;
import no.kundeloft.TestClock;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.organisation.Employee;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two callers on one list at the same moment, each in committed transactions of their own. */
class CallQueueConcurrencyServiceTest extends CommittedScenarioTest {

    @Autowired CallListService lists;
    @Autowired CallQueue queue;
    @Autowired EntityManager em;

    @Test
    void two_callers_calling_the_same_list_at_once_never_get_the_same_contact() throws Exception {
        CallingFixture.Telesales t = transaction.execute(status -> CallingFixture.telesales(em, s));
        Long listId =
                transaction.execute(
                        status -> {
                            signIn.as(t.lead5());
                            Long id = lists.create(CallingFixture.form(s, t, TestClock.TODAY)).id();
                            lists.addContacts(
                                    id,
                                    new ContactSelection(
                                            java.util.Set.of(), null, null, null, false, 0));
                            return id;
                        });
        SignIn.out();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Long>> first = pool.submit(caller(t.tele1(), listId, together));
            Future<List<Long>> second = pool.submit(caller(t.tele2(), listId, together));
            List<Long> one = first.get(60, TimeUnit.SECONDS);
            List<Long> two = second.get(60, TimeUnit.SECONDS);
            assertThat(one).doesNotContainAnyElementsOf(two);
            assertThat(one.size() + two.size()).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Takes contacts and answers each "no answer" until none is left for now; the entries this
     * caller got.
     */
    private Callable<List<Long>> caller(Employee who, Long listId, CyclicBarrier together) {
        return () -> {
            signIn.as(who);
            try {
                List<Long> got = new ArrayList<>();
                together.await(10, TimeUnit.SECONDS);
                QueueState state = queue.next(listId);
                while (state.hasCard()) {
                    got.add(state.card().entryId());
                    state =
                            queue.record(
                                    state.card().entryId(),
                                    CallResult.of(CallOutcome.NO_ANSWER, null));
                }
                return got;
            } finally {
                SignIn.out();
            }
        };
    }
}
