package no.kundeloft.customer;

import java.util.ArrayList;
import java.util.List;
import no.kundeloft.base.Problem;
import no.kundeloft.organisation.Employee;

/**
 * One row of a customer import while it is checked: the customer (and primary contact) it would
 * create, the owner it gets, the existing customer it matches and the changes an update makes.
 */
final class ImportRow {

    final int line;
    final Customer customer;
    final Contact contact;
    final String ownerText;
    final boolean sectorGiven;
    final List<Problem> problems = new ArrayList<>();
    Employee owner;
    Customer existing;
    ImportRowResult.Action action = ImportRowResult.Action.NEW;
    List<ImportRowResult.FieldChange> changes = List.of();

    ImportRow(int line, Customer customer, Contact contact, String ownerText, boolean sectorGiven) {
        this.line = line;
        this.customer = customer;
        this.contact = contact;
        this.ownerText = ownerText;
        this.sectorGiven = sectorGiven;
    }

    boolean isNew() {
        return action == ImportRowResult.Action.NEW;
    }

    /** A new customer that counts against its owner's portfolio limit. */
    boolean countsAgainstLimit() {
        return isNew() && customer.getStatus() != CustomerStatus.LOST;
    }

    boolean key() {
        return customer.getTier() == CustomerTier.KEY;
    }

    ImportRowResult result() {
        Employee shownOwner = isNew() ? owner : existing.getOwner();
        return new ImportRowResult(
                line,
                action,
                customer.getName(),
                customer.getOrgNumber(),
                customer.getSector(),
                customer.getCountry(),
                customer.getStatus(),
                shownOwner == null ? null : shownOwner.getFullName(),
                changes,
                List.copyOf(problems));
    }
}
