package no.kundeloft.customer;

/**
 * What the customer list is narrowed to. {@code text} matches part of the name or the start of
 * the organisation number (spaces ignored).
 */
public record CustomerFilter(String text) {

    public static CustomerFilter none() {
        return new CustomerFilter(null);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
