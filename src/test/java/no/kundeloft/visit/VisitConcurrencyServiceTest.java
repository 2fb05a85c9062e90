package no.kundeloft.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.kundeloft.CommittedScenarioTest;
import no.kundeloft.SignIn;
import no.kundeloft.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bookings in real, committed transactions: two bookings of one host at the same moment, and one is
 * refused.
 */
class VisitConcurrencyServiceTest extends CommittedScenarioTest {

    @Autowired VisitService visits;
    @Autowired JdbcTemplate jdbc;

    @Test
    void of_two_simultaneous_bookings_of_one_host_exactly_one_is_made() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (Long customerId : List.of(s.c1().getId(), s.c2().getId())) {
            results.add(
                    pool.submit(
                            () -> {
                                signIn.as("am1");
                                VisitForm form = new VisitForm();
                                form.setCustomerId(customerId);
                                form.setHostId(s.am1().getId());
                                form.setStart(TestClock.DEFAULT.plusDays(7).withHour(10));
                                form.setDurationMinutes(60);
                                form.setMode(VisitMode.ON_SITE);
                                form.setPurpose("Yearly review");
                                ready.countDown();
                                start.await();
                                try {
                                    visits.plan(form);
                                    return "booked";
                                } catch (VisitRefusedException e) {
                                    return e.messageKey();
                                } finally {
                                    SignIn.out();
                                }
                            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("booked", "visit.refused.doubleBooked");
        assertThat(jdbc.queryForObject("select count(*) from visit", Long.class)).isEqualTo(1);
    }
}
