package io.claimcheck.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import io.claimcheck.engine.ClaimCheck;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ISO-8601 date or date-time ("2025-09-11", "2025-09-11T18:35:00+08:00"), or null. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDate.Validator.class)
public @interface IsoDate {
    String message() default "must be an ISO-8601 date or date-time, such as 2025-09-11 or 2025-09-11T18:35:00+08:00";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts what the engine can use as a reference date. */
    class Validator implements ConstraintValidator<IsoDate, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value.length() > 64) {
                return false;
            }
            try {
                ClaimCheck.referenceDate(value);
                return !value.isBlank();
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
