package no.kundeloft.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import no.kundeloft.security.SalesRole;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class BootstrapAdminTest {

    private final EmployeeRepository employees = mock(EmployeeRepository.class);
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void creates_the_first_admin_of_an_empty_database_who_must_change_the_password() {
        when(employees.count()).thenReturn(0L);
        new BootstrapAdmin(
                        employees,
                        encoder,
                        new PasswordPolicy(),
                        "Boss",
                        "a long enough secret",
                        "Kari Admin")
                .run(null);
        ArgumentCaptor<Employee> saved = ArgumentCaptor.forClass(Employee.class);
        verify(employees).save(saved.capture());
        Employee admin = saved.getValue();
        assertThat(admin.getUsername()).isEqualTo("boss");
        assertThat(admin.getRole()).isEqualTo(SalesRole.ADMIN);
        assertThat(admin.isPasswordChangeRequired()).isTrue();
        assertThat(encoder.matches("a long enough secret", admin.getPasswordHash())).isTrue();
    }

    @Test
    void does_nothing_without_configuration() {
        new BootstrapAdmin(employees, encoder, new PasswordPolicy(), "", "", "Administrator")
                .run(null);
        verify(employees, never()).save(any());
    }

    @Test
    void does_nothing_when_employees_exist() {
        when(employees.count()).thenReturn(3L);
        new BootstrapAdmin(
                        employees,
                        encoder,
                        new PasswordPolicy(),
                        "boss",
                        "a long enough secret",
                        "Administrator")
                .run(null);
        verify(employees, never()).save(any());
    }

    @Test
    void refuses_a_short_password() {
        when(employees.count()).thenReturn(0L);
        assertThatThrownBy(
                        () ->
                                new BootstrapAdmin(
                                                employees,
                                                encoder,
                                                new PasswordPolicy(),
                                                "boss",
                                                "short",
                                                "Administrator")
                                        .run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("password.tooShort")
                .hasMessageContaining("at least 12 characters");
        verify(employees, never()).save(any());
    }

    @Test
    void refuses_the_username_as_password() {
        when(employees.count()).thenReturn(0L);
        assertThatThrownBy(
                        () ->
                                new BootstrapAdmin(
                                                employees,
                                                encoder,
                                                new PasswordPolicy(),
                                                "administrator",
                                                "Administrator1",
                                                "A")
                                        .run(null))
                .isInstanceOf(IllegalStateException.class);
    }
}
