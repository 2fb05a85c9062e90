package no.kundeloft.customer;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Norwegian customer's organisation number must pass MOD11; customers of other countries may
 * carry any registration id.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidRegistrationNumber.Validator.class)
public @interface ValidRegistrationNumber {

    String message() default "customer.orgNumber.invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidRegistrationNumber, Customer> {
        @Override
        public boolean isValid(Customer customer, ConstraintValidatorContext context) {
            String number = customer.getOrgNumber();
            if (number == null || number.isBlank() || !"NO".equals(customer.getCountry())) {
                return true;
            }
            if (OrganisationNumber.isValid(number)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("orgNumber")
                    .addConstraintViolation();
            return false;
        }
    }
}
