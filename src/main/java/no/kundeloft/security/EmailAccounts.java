package no.kundeloft.security;

import java.util.Optional;

/**
 * Finds the active employee an identity provider's e-mail belongs to; implemented where employees
 * are kept.
 */
public interface EmailAccounts {

    Optional<KundeloftUser> activeByEmail(String email);
}
