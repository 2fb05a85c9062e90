package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Sector;
import no.kundeloft.security.SalesRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest
    @ValueSource(strings = {"923609016", "974760673", "971526920"})
    void accepts_numbers_with_a_correct_check_digit(String number) {
        assertThat(OrganisationNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"923609017", "92360901", "9236090160", "92360901A", "", "923 609 016"})
    void refuses_wrong_check_digits_lengths_and_characters(String number) {
        assertThat(OrganisationNumber.isValid(number)).isFalse();
    }

    @Test
    void refuses_null() {
        assertThat(OrganisationNumber.isValid(null)).isFalse();
    }

    @Test
    void remainder_one_has_no_check_digit() {
        // 3·1 + 4·3 + 3·2 = 12, remainder 1: the check digit would be 10, so such numbers are never
        // issued
        assertThat(OrganisationNumber.checkDigit("10000013")).isNull();
    }

    @Test
    void remainder_zero_gives_check_digit_zero() {
        assertThat(OrganisationNumber.checkDigit("97152692")).isZero();
    }

    @Test
    void spaces_typed_in_are_removed() {
        assertThat(OrganisationNumber.normalise(" 923 609 016 ")).isEqualTo("923609016");
    }

    @Test
    void a_norwegian_customer_must_have_a_valid_number_and_the_error_names_the_field() {
        Customer customer = new Customer("Feil AS", "923609017", Sector.PRIVATE, owner());
        assertThat(validator.validate(customer))
                .singleElement()
                .satisfies(
                        violation -> {
                            assertThat(violation.getPropertyPath()).hasToString("orgNumber");
                            assertThat(violation.getMessage())
                                    .isEqualTo("customer.orgNumber.invalid");
                        });
    }

    @Test
    void a_foreign_customer_may_carry_any_registration_id() {
        Customer customer = new Customer("Svensk AB", "556012-5790", Sector.PRIVATE, owner());
        customer.setCountry("SE");
        assertThat(validator.validate(customer)).isEmpty();
    }

    @Test
    void a_customer_without_a_number_is_valid() {
        assertThat(validator.validate(new Customer("Ny kunde", null, Sector.PUBLIC, owner())))
                .isEmpty();
    }

    private static Employee owner() {
        return new Employee(
                "am", "Ola Hansen", "ola@test.example", SalesRole.ACCOUNT_MANAGER, "hash");
    }
}
