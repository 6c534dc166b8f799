package cn.jixiao.portal.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A budget year given as text (a query parameter): four digits from 2000 to 2100, the range the
 * schema allows. Taken as a string so that "abc" is a 400 with a message, not the 404 JAX-RS gives
 * for an unconvertible query parameter. Null is valid; add {@code @NotNull} where the year is required.
 */
@Pattern(regexp = "20[0-9]{2}|2100")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface FiscalYear {
    String message() default "年度应为 2000 至 2100 之间的四位数字 (year must be a number from 2000 to 2100)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
