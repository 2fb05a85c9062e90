package no.kundeloft.visit;

import java.time.LocalDate;

/** A next step written in a visit report. */
public record FollowUpForm(String description, Long ownerId, LocalDate dueDate) {}
