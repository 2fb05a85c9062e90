package no.kundeloft.base;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock, the one source of "now" (Europe/Oslo), a bean so tests can fix the time.
 * {@code kundeloft.clock.start-at} (an Oslo date and time such as {@code 2027-01-15T10:00}) starts
 * a ticking clock there instead, to show or try the application on another date without moving the
 * machine's clock.
 */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${kundeloft.clock.start-at:}") String startAt) {
        Clock system = Clock.system(Formats.ZONE);
        if (startAt.isBlank()) {
            return system;
        }
        Duration offset =
                Duration.between(
                        system.instant(),
                        LocalDateTime.parse(startAt.strip()).atZone(Formats.ZONE).toInstant());
        return Clock.offset(system, offset);
    }
}
