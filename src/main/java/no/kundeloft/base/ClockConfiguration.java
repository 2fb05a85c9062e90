package no.kundeloft.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's clock, a bean so tests can fix the time. */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(Formats.ZONE);
    }
}
