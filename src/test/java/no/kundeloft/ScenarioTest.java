package no.kundeloft;

import no.kundeloft.TestOrganisation.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service test on the test organisation ({@link TestOrganisation}), built before each test and
 * rolled back after it; {@link #signIn} acts as one of its people.
 */
@IntegrationTest
@BothDatabases
@Transactional
public abstract class ScenarioTest {

    @Autowired private TestOrganisation testOrganisation;
    @Autowired protected SignIn signIn;

    protected Scenario s;

    @BeforeEach
    void createScenario() {
        s = testOrganisation.create();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }
}
