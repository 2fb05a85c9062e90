package no.kundeloft;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the system clock with a {@link TestClock} in every test context, except where a test
 * runs the demo on the real date ({@code kundeloft.test.system-clock=true}, the browser tests).
 */
@Configuration
@ConditionalOnProperty(
        name = "kundeloft.test.system-clock",
        havingValue = "false",
        matchIfMissing = true)
public class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
