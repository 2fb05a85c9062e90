package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.kundeloft.DatabaseCleaner;
import no.kundeloft.IntegrationTest;
import no.kundeloft.SignIn;
import no.kundeloft.TestOrganisation;
import no.kundeloft.TestOrganisation.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Concurrent saves in real, committed transactions: exactly one of two saves from one version wins. */
@IntegrationTest
class CustomerConcurrencyServiceTest {

    @Autowired
    CustomerService customers;
    @Autowired
    TestOrganisation testOrganisation;
    @Autowired
    SignIn signIn;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DatabaseCleaner cleaner;

    Scenario s;

    @BeforeEach
    void setUp() {
        s = transaction.execute(status -> testOrganisation.create());
    }

    @AfterEach
    void tearDown() {
        SignIn.out();
        cleaner.deleteAll();
    }

    @Test
    void of_two_saves_from_the_same_version_exactly_one_wins() throws Exception {
        signIn.as(s.am1());
        long versionBefore = customers.get(s.c1().getId()).version();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch formsOpened = new CountDownLatch(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (String username : List.of("am1", "lead1")) {
            results.add(pool.submit(() -> {
                signIn.as(username);
                CustomerForm mine = CustomerForm.of(customers.get(s.c1().getId()));
                mine.setName("Saved by " + username);
                formsOpened.countDown();
                start.await();
                try {
                    customers.update(s.c1().getId(), mine);
                    return "won";
                } catch (ConcurrentChangeException e) {
                    return "refused";
                } finally {
                    SignIn.out();
                }
            }));
        }
        // Both forms must hold the same version before either save starts.
        assertThat(formsOpened.await(30, TimeUnit.SECONDS)).isTrue();
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("won", "refused");
        signIn.as(s.admin());
        CustomerDetails stored = customers.get(s.c1().getId());
        assertThat(stored.name()).startsWith("Saved by ");
        assertThat(stored.version()).isEqualTo(versionBefore + 1);
    }

    @Test
    void a_save_after_someone_elses_committed_save_is_refused_and_changes_nothing() {
        signIn.as(s.am1());
        CustomerForm mine = CustomerForm.of(customers.get(s.c1().getId()));
        signIn.as(s.lead1());
        CustomerForm theirs = CustomerForm.of(customers.get(s.c1().getId()));
        theirs.setName("Their name AS");
        customers.update(s.c1().getId(), theirs);

        signIn.as(s.am1());
        mine.setName("My name AS");
        assertThatThrownBy(() -> customers.update(s.c1().getId(), mine))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(customers.get(s.c1().getId()).name()).isEqualTo("Their name AS");
    }
}
