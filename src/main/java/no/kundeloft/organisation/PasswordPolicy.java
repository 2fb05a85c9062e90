package no.kundeloft.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 12 characters, not the username (nor containing it), and not
 * one of the common passwords in {@code security/common-passwords.txt}.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private final Set<String> common;

    PasswordPolicy() {
        try (BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(
                                new ClassPathResource("security/common-passwords.txt")
                                        .getInputStream(),
                                StandardCharsets.UTF_8))) {
            common =
                    reader.lines()
                            .map(String::trim)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .map(line -> line.toLowerCase(Locale.ROOT))
                            .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the password is refused, as a message key, or empty when it is good enough. */
    public Optional<String> refusal(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null
                && !username.isBlank()
                && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.username");
        }
        if (common.contains(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }
}
