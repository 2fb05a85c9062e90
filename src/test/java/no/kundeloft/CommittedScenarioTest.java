package no.kundeloft;

import no.kundeloft.TestOrganisation.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A test whose work must really commit (concurrent transactions, locks, a database restart, a bulk
 * import): the test organisation is committed before each test, and everything is deleted after it.
 * For tests that can roll back, {@link ScenarioTest} is faster.
 */
@IntegrationTest
@BothDatabases
public abstract class CommittedScenarioTest {

    @Autowired private TestOrganisation testOrganisation;
    @Autowired private DatabaseCleaner cleaner;
    @Autowired protected SignIn signIn;
    @Autowired protected TransactionTemplate transaction;

    protected Scenario s;

    @BeforeEach
    void createCommittedScenario() {
        s = transaction.execute(status -> testOrganisation.create());
    }

    @AfterEach
    void signOutAndDeleteAll() {
        SignIn.out();
        cleaner.deleteAll();
    }
}
