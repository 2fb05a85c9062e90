package no.kundeloft.customer;

/**
 * Refuses an organisation number that another customer already has. The customer is named only when
 * the user may see it; otherwise only that it exists is told (one company is one customer across
 * the whole organisation, so the number cannot be taken twice), with nothing about where or whose.
 */
public class DuplicateOrgNumberException extends RuntimeException {

    private final String visibleCustomerName;

    public DuplicateOrgNumberException(String orgNumber, String visibleCustomerName) {
        super("Organisation number " + orgNumber + " belongs to another customer");
        this.visibleCustomerName = visibleCustomerName;
    }

    /** The other customer's name when it is in the user's scope, else null. */
    public String visibleCustomerName() {
        return visibleCustomerName;
    }
}
