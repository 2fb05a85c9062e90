package no.kundeloft.customer;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A logged call agreed a next step (a call back at a time, or something to do by a day): the task
 * feature makes it a task.
 */
public record CallNextStepAgreed(
        Long activityId,
        Long customerId,
        Long authorId,
        String what,
        LocalDate due,
        LocalTime at) {}
