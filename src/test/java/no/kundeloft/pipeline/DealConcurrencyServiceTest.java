package no.kundeloft.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
 * One deal moved and changed by many at once, each from the version they saw, in real committed
 * transactions: exactly one change lands, the others are told someone else changed it first, and
 * the deal is whole.
 */
class DealConcurrencyServiceTest extends CommittedScenarioTest {

    private static final int CHANGES = 40;

    @Autowired DealService deals;
    @Autowired JdbcTemplate jdbc;

    @Test
    void of_simultaneous_moves_and_saves_of_one_deal_exactly_one_lands_and_the_others_are_told()
            throws Exception {
        signIn.as("am1");
        DealForm form = deals.newDeal(s.c1().getId());
        form.setTitle("Skyplattform");
        form.setYearlyValue(BigDecimal.valueOf(100_000));
        DealDetails opened = deals.create(form);
        List<StageOption> open = deals.stages().stream().filter(StageOption::open).toList();
        SignIn.out();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < CHANGES; i++) {
            int n = i;
            results.add(
                    pool.submit(
                            () -> {
                                signIn.as("am1");
                                start.await();
                                try {
                                    if (n % 2 == 0) {
                                        deals.move(
                                                opened.id(),
                                                opened.version(),
                                                open.get(1 + n % (open.size() - 1)).id(),
                                                null);
                                    } else {
                                        DealForm changed = DealForm.of(opened);
                                        changed.setTitle("Skyplattform " + n);
                                        deals.update(opened.id(), changed);
                                    }
                                    return "landed";
                                } catch (DealRefusedException e) {
                                    return e.messageKey();
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
        System.out.printf("%d simultaneous changes of one deal: %s%n", CHANGES, counted);
        assertThat(counted)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("landed", 1L, "deal.refused.changed", (long) CHANGES - 1));
        assertThat(
                        jdbc.queryForObject(
                                "select version from deal where id = ?", Long.class, opened.id()))
                .isEqualTo(opened.version() + 1);
    }
}
