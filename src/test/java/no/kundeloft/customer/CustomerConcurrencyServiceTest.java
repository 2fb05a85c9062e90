package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kundeloft.CommittedScenarioTest;
import no.kundeloft.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One customer saved by 100 people at once, each from the same version they opened, in real
 * committed transactions: exactly one save lands, the 99 others are told someone else saved first,
 * and nothing is half-written.
 */
class CustomerConcurrencyServiceTest extends CommittedScenarioTest {

    private static final int SAVES = 100;

    @Autowired CustomerService customers;
    @Autowired JdbcTemplate jdbc;

    @Test
    void of_a_hundred_simultaneous_saves_of_one_customer_exactly_one_lands_and_the_others_are_told()
            throws Exception {
        Long id = s.c1().getId();
        signIn.as("am1");
        CustomerDetails opened = customers.get(id);
        List<CustomerForm> forms = new ArrayList<>();
        for (int i = 0; i < SAVES; i++) {
            CustomerForm form = CustomerForm.of(opened);
            form.setCity("By " + i);
            forms.add(form);
        }
        SignIn.out();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (CustomerForm form : forms) {
            results.add(
                    pool.submit(
                            () -> {
                                signIn.as("am1");
                                start.await();
                                try {
                                    customers.update(id, form);
                                    return "saved";
                                } catch (ConcurrentChangeException e) {
                                    return "told";
                                } finally {
                                    SignIn.out();
                                }
                            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        Map<String, Long> counted =
                outcomes.stream()
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.printf("%d simultaneous saves of one customer: %s%n", SAVES, counted);
        assertThat(counted)
                .containsExactlyInAnyOrderEntriesOf(Map.of("saved", 1L, "told", (long) SAVES - 1));
        Map<String, Object> row =
                jdbc.queryForMap("select city, version from customer where id = ?", id);
        assertThat((String) row.get("city"))
                .as("the one save that landed is there whole")
                .startsWith("By ");
        assertThat(((Number) row.get("version")).longValue())
                .isEqualTo(forms.getFirst().getVersion() + 1);
    }
}
