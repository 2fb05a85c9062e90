package no.kundeloft.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_long_uncommon_password_is_accepted() {
        assertThat(policy.refusal("ola", "Fjordkraft i Bergen 2026")).isEmpty();
    }

    @Test
    void eleven_characters_are_too_few() {
        assertThat(policy.refusal("ola", "abcdefghijk")).contains("password.tooShort");
        assertThat(policy.refusal("ola", null)).contains("password.tooShort");
        assertThat(policy.refusal("ola", "twelve chars")).isEmpty();
    }

    @Test
    void the_username_may_not_be_in_the_password() {
        assertThat(policy.refusal("kari.nordmann", "Kari.Nordmann2026"))
                .contains("password.username");
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        assertThat(policy.refusal("ola", "Passord123456")).contains("password.common");
        assertThat(policy.refusal("ola", "abcdefghijkl")).contains("password.common");
    }
}
