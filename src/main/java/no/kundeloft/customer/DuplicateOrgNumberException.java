package no.kundeloft.customer;

/** Refuses an organisation number that another customer already has (which one is not told: it may be out of scope). */
public class DuplicateOrgNumberException extends RuntimeException {

    public DuplicateOrgNumberException(String orgNumber) {
        super("Organisation number " + orgNumber + " belongs to another customer");
    }
}
