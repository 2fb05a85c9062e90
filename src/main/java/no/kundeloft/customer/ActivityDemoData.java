package no.kundeloft.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import no.kundeloft.base.Formats;
import no.kundeloft.demo.DemoDataPart;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** A few weeks of notes and calls on the demo customers of every seller. */
@Component
@Order(30)
class ActivityDemoData implements DemoDataPart {

    private static final List<String[]> CALLS =
            List.of(
                    new String[] {
                        "Gjennomgang av rammeavtalen; fornøyd med leveransene.",
                        "Send forslag til fornyelse"
                    },
                    new String[] {
                        "Spurte etter pris på utvidet service.", "Sende tilbud innen fredag"
                    },
                    new String[] {"Ny innkjøpssjef fra januar.", "Avtale introduksjonsmøte"},
                    new String[] {"Reklamasjon på siste levering er løst.", "Følge opp om to uker"},
                    new String[] {
                        "Budsjettet for neste år er ikke klart.", "Ringe igjen i desember"
                    });
    private static final List<String> NOTES =
            List.of(
                    "Flytter til nye lokaler i vår.",
                            "Konkurrent har gitt tilbud på samme leveranse.",
                    "Ønsker faktura per avdeling.", "Har vunnet stor kontrakt – mulig økt behov.");

    private final CustomerActivityRepository activities;
    private final CustomerRepository customers;
    private final Clock clock;

    ActivityDemoData(
            CustomerActivityRepository activities, CustomerRepository customers, Clock clock) {
        this.activities = activities;
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * A call that reached someone (with what was said and a next step) or, one in four, did not.
     */
    private static CustomerActivity call(Customer customer, Instant when, Random random) {
        if (random.nextInt(4) == 0) {
            CustomerActivity missed =
                    new CustomerActivity(
                            customer, customer.getOwner(), ActivityKind.CALL, when, null, null);
            missed.describeCall(
                    null,
                    random.nextBoolean() ? CallOutcome.NO_ANSWER : CallOutcome.VOICEMAIL,
                    1,
                    null,
                    null,
                    null);
            return missed;
        }
        String[] said = CALLS.get(random.nextInt(CALLS.size()));
        CustomerActivity call =
                new CustomerActivity(
                        customer, customer.getOwner(), ActivityKind.CALL, when, said[0], said[1]);
        call.describeCall(
                null,
                CallOutcome.REACHED,
                3 + random.nextInt(18),
                null,
                LocalDate.ofInstant(when, Formats.ZONE).plusDays(7),
                null);
        return call;
    }

    @Override
    public void addIfMissing() {
        if (activities.count() > 0) {
            return;
        }
        Random random = new Random(2611L);
        Instant newest = clock.instant().minus(Duration.ofHours(2));
        for (Customer customer : customers.findAll(PageRequest.of(0, 600, Sort.by("id")))) {
            int entries = random.nextInt(4);
            for (int i = 0; i < entries; i++) {
                Instant when = newest.minus(Duration.ofHours(random.nextInt(24 * 90)));
                if (random.nextBoolean()) {
                    activities.save(call(customer, when, random));
                } else {
                    activities.save(
                            new CustomerActivity(
                                    customer,
                                    customer.getOwner(),
                                    ActivityKind.NOTE,
                                    when,
                                    NOTES.get(random.nextInt(NOTES.size())),
                                    null));
                }
            }
        }
    }
}
