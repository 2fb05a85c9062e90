package no.kundeloft.stand;

import jakarta.validation.constraints.Size;
import no.kundeloft.organisation.Sector;

/**
 * How a lead becomes a customer's contact: at a customer the user already sees ({@code
 * existingCustomerId}), or at a new prospect of theirs with a name, an organisation number and a
 * sector.
 */
public record QualifyForm(
        Long existingCustomerId,
        @Size(max = 200) String company,
        @Size(max = 30) String orgNumber,
        Sector sector) {}
