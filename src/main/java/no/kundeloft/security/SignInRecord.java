package no.kundeloft.security;

import java.time.Instant;

/** One sign-in attempt as the log keeps it. */
public record SignInRecord(
        long id, Instant at, String username, String address, SignInLog.Outcome outcome) {}
