package no.kundeloft.calling;

import java.time.Instant;

/** A phone system as admins see it: its name, when it was added, last used and (if so) revoked. */
public record PhoneIntegrationRow(
        Long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}
