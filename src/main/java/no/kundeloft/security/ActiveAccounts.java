package no.kundeloft.security;

/**
 * Whether a signed-in user's account still stands as it did at sign-in (active, same role, password
 * not reset since); implemented where employees are kept, asked on every request.
 */
public interface ActiveAccounts {

    boolean stillValid(KundeloftUser user);
}
