package no.kundeloft.customer;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A customer's plain fields, each with the import column that holds it, read and written one at a
 * time: what an import updates and what a merge fills in from the duplicate.
 */
enum CustomerField {
    NAME(ImportColumn.NAME, Customer::getName, (c, v) -> c.setName((String) v)),
    ORG_NUMBER(
            ImportColumn.ORG_NUMBER, Customer::getOrgNumber, (c, v) -> c.setOrgNumber((String) v)),
    INDUSTRY(ImportColumn.INDUSTRY, Customer::getIndustry, (c, v) -> c.setIndustry((String) v)),
    COUNTRY(ImportColumn.COUNTRY, Customer::getCountry, (c, v) -> c.setCountry((String) v)),
    STREET(
            ImportColumn.STREET,
            Customer::getStreet,
            (c, v) -> c.setAddress((String) v, c.getPostalCode(), c.getCity())),
    POSTAL_CODE(
            ImportColumn.POSTAL_CODE,
            Customer::getPostalCode,
            (c, v) -> c.setAddress(c.getStreet(), (String) v, c.getCity())),
    CITY(
            ImportColumn.CITY,
            Customer::getCity,
            (c, v) -> c.setAddress(c.getStreet(), c.getPostalCode(), (String) v)),
    EMAIL(ImportColumn.EMAIL, Customer::getEmail, (c, v) -> c.setEmail((String) v)),
    PHONE(ImportColumn.PHONE, Customer::getPhone, (c, v) -> c.setPhone((String) v)),
    WEBSITE(ImportColumn.WEBSITE, Customer::getWebsite, (c, v) -> c.setWebsite((String) v)),
    CUSTOMER_SINCE(
            ImportColumn.CUSTOMER_SINCE,
            Customer::getCustomerSince,
            (c, v) -> c.setCustomerSince((LocalDate) v));

    private final ImportColumn column;
    private final Function<Customer, Object> read;
    private final BiConsumer<Customer, Object> write;

    CustomerField(
            ImportColumn column,
            Function<Customer, Object> read,
            BiConsumer<Customer, Object> write) {
        this.column = column;
        this.read = read;
        this.write = write;
    }

    ImportColumn column() {
        return column;
    }

    Object read(Customer customer) {
        return read.apply(customer);
    }

    /** Gives {@code to} the value {@code from} has. */
    void copy(Customer from, Customer to) {
        write.accept(to, read.apply(from));
    }

    boolean isBlankIn(Customer customer) {
        Object value = read(customer);
        return value == null || value.toString().isBlank();
    }
}
