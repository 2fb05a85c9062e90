package no.kundeloft.security;

import java.time.Instant;

/**
 * What the admins' sign-in log shows: username or address containing {@code text} (blank for all),
 * one outcome (null for all), attempts from {@code from} (inclusive) until {@code until}
 * (exclusive; null for open).
 */
public record SignInLogFilter(String text, SignInLog.Outcome outcome, Instant from, Instant until) {

    public static SignInLogFilter none() {
        return new SignInLogFilter(null, null, null, null);
    }
}
