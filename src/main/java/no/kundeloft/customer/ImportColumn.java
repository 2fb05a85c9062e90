package no.kundeloft.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kundeloft.importing.Headers;

/**
 * What a column of a customer import holds, recognised from its header in Norwegian or English
 * ("Organisasjonsnummer", "Org.nr", "Org number", "Kundenavn", …).
 */
public enum ImportColumn {
    NAME(
            "name",
            "navn",
            "kundenavn",
            "customer",
            "customername",
            "kunde",
            "firma",
            "company",
            "companyname",
            "firmanavn"),
    ORG_NUMBER(
            "orgnumber",
            "orgnr",
            "organisasjonsnummer",
            "organizationnumber",
            "organisationnumber",
            "orgno",
            "registrationnumber",
            "registrationid",
            "foretaksnummer"),
    SECTOR("sector", "sektor"),
    INDUSTRY("industry", "bransje", "næring"),
    COUNTRY("country", "land", "landkode", "countrycode"),
    STREET(
            "street",
            "address",
            "adresse",
            "gateadresse",
            "streetaddress",
            "besøksadresse",
            "postadresse"),
    POSTAL_CODE("postalcode", "postnummer", "postnr", "zip", "zipcode", "postcode"),
    CITY("city", "poststed", "sted", "by", "town"),
    EMAIL("email", "epost", "mail", "e-post", "emailaddress"),
    PHONE("phone", "telefon", "tlf", "telephone", "phonenumber", "telefonnummer"),
    WEBSITE("website", "nettsted", "web", "url", "hjemmeside", "nettside"),
    STATUS("status"),
    TIER("tier", "kundetype", "type", "kundekategori"),
    OWNER(
            "owner",
            "eier",
            "ansvarlig",
            "selger",
            "accountmanager",
            "kundeansvarlig",
            "seller",
            "ownerusername",
            "eierbrukernavn"),
    CUSTOMER_SINCE("customersince", "kundesiden", "kundefra", "since", "startdato"),
    CONTACT_NAME("contact", "contactname", "kontakt", "kontaktperson", "kontaktnavn"),
    CONTACT_TITLE("contacttitle", "stilling", "tittel", "title", "kontaktstilling"),
    CONTACT_EMAIL("contactemail", "kontaktepost", "kontaktemail"),
    CONTACT_PHONE("contactphone", "kontakttelefon", "kontakttlf", "mobil", "mobile");

    private static final Map<String, ImportColumn> BY_HEADER = new HashMap<>();

    static {
        for (ImportColumn column : values()) {
            for (String header : column.headers) {
                BY_HEADER.put(Headers.normalise(header), column);
            }
        }
    }

    private final Set<String> headers;

    ImportColumn(String... headers) {
        this.headers = Set.of(headers);
    }

    /**
     * Each header recognised, by its index; a column is used once, by the first header that names
     * it.
     */
    public static Map<Integer, ImportColumn> match(List<String> headers) {
        return Headers.match(headers, BY_HEADER);
    }
}
