package no.kundeloft.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kundeloft.importing.Headers;

/**
 * What a column of a deal import holds, recognised from its header in Norwegian or English,
 * including the headers other CRMs export ("Opportunity Name", "Amount", "Close Date", "Account
 * Name"). The export writes the first header of each, so an exported file reads back.
 */
public enum DealColumn {
    ORG_NUMBER(
            "Organisasjonsnummer",
            "orgnr",
            "orgnumber",
            "organisationnumber",
            "organizationnumber",
            "registrationnumber"),
    CUSTOMER(
            "Kunde",
            "kundenavn",
            "customer",
            "customername",
            "firma",
            "company",
            "companyname",
            "accountname",
            "account",
            "organization",
            "organisation"),
    TITLE(
            "Tittel",
            "title",
            "salgsmulighet",
            "deal",
            "dealname",
            "dealtitle",
            "opportunity",
            "opportunityname",
            "salgsmulighetnavn"),
    KIND("Type", "kind", "dealtype"),
    YEARLY_VALUE(
            "Årlig verdi",
            "verdi",
            "yearlyvalue",
            "value",
            "årsverdi",
            "arligverdi",
            "amount",
            "dealvalue",
            "annualvalue",
            "beløp"),
    ONE_OFF_VALUE("Engangsbeløp", "oneoff", "oneoffvalue", "engangsverdi"),
    STAGE("Fase", "stage", "status", "dealstage", "salesstage", "pipelinestage"),
    PROBABILITY("Sannsynlighet", "probability", "sannsynlighetprosent"),
    CLOSE_MONTH(
            "Lukkes",
            "closemonth",
            "expectedclose",
            "close",
            "lukkemåned",
            "forventetlukket",
            "closedate",
            "expectedclosedate",
            "closingdate",
            "lukkedato"),
    OWNER(
            "Eier",
            "owner",
            "selger",
            "seller",
            "ansvarlig",
            "dealowner",
            "opportunityowner",
            "salesperson"),
    NEXT_STEP("Neste steg", "nextstep"),
    NEXT_STEP_DUE("Neste steg innen", "nextstepdue", "frist"),
    COMPETITOR("Konkurrent", "competitor"),
    REASON("Begrunnelse", "reason", "closereason", "årsak");

    private static final Map<String, DealColumn> BY_HEADER = new HashMap<>();

    static {
        for (DealColumn column : values()) {
            BY_HEADER.put(Headers.normalise(column.header), column);
            for (String alias : column.aliases) {
                BY_HEADER.put(Headers.normalise(alias), column);
            }
        }
    }

    private final String header;
    private final List<String> aliases;

    DealColumn(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** The header the export writes. */
    public String header() {
        return header;
    }

    /**
     * Each header recognised, by its index; a column is used once, by the first header that names
     * it.
     */
    public static Map<Integer, DealColumn> match(List<String> headers) {
        return Headers.match(headers, BY_HEADER);
    }
}
