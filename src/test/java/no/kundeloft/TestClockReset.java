package no.kundeloft;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/** Puts the test clock back to its default before every test, since test contexts are shared. */
public class TestClockReset implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext
                .getApplicationContext()
                .getBeanProvider(TestClock.class)
                .ifAvailable(TestClock::reset);
    }
}
