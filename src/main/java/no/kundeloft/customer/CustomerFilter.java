package no.kundeloft.customer;

import no.kundeloft.organisation.Sector;

/**
 * What the customer list is narrowed to; null fields do not filter. {@code text} matches part of
 * the customer's name, the start of its organisation number (spaces ignored) or part of a contact's
 * name.
 */
public record CustomerFilter(
        String text,
        CustomerStatus status,
        CustomerTier tier,
        Sector sector,
        String industry,
        Long ownerId) {

    public static CustomerFilter none() {
        return new CustomerFilter(null, null, null, null, null, null);
    }

    public static CustomerFilter text(String text) {
        return none().withText(text);
    }

    public CustomerFilter withText(String newText) {
        return new CustomerFilter(newText, status, tier, sector, industry, ownerId);
    }

    public CustomerFilter withStatus(CustomerStatus newStatus) {
        return new CustomerFilter(text, newStatus, tier, sector, industry, ownerId);
    }

    public CustomerFilter withTier(CustomerTier newTier) {
        return new CustomerFilter(text, status, newTier, sector, industry, ownerId);
    }

    public CustomerFilter withSector(Sector newSector) {
        return new CustomerFilter(text, status, tier, newSector, industry, ownerId);
    }

    public CustomerFilter withIndustry(String newIndustry) {
        return new CustomerFilter(text, status, tier, sector, newIndustry, ownerId);
    }

    public CustomerFilter withOwnerId(Long newOwnerId) {
        return new CustomerFilter(text, status, tier, sector, industry, newOwnerId);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    boolean hasIndustry() {
        return industry != null && !industry.isBlank();
    }
}
