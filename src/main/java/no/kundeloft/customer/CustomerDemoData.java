package no.kundeloft.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import no.kundeloft.demo.DemoDataPart;
import no.kundeloft.demo.DemoNames;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.EmployeeRepository;
import no.kundeloft.organisation.Sector;
import no.kundeloft.security.SalesRole;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo portfolios: standard customers for account managers (am has 60), key customers for key
 * account managers (kam has 5), prospects for telesales and field sales, with contacts and
 * ownership periods (some of am's customers were handed over from a colleague).
 */
@Component
@Order(20)
class CustomerDemoData implements DemoDataPart {

    /** How long ago the first customer was won. */
    private static final int OLDEST_YEARS = 16;

    private static final List<String> PREFIXES =
            List.of(
                    "Nordlys",
                    "Fjord",
                    "Vestland",
                    "Tinde",
                    "Havbris",
                    "Midtnorsk",
                    "Fjell",
                    "Polar",
                    "Skagerrak",
                    "Viking",
                    "Bølgen",
                    "Granitt",
                    "Furu",
                    "Birk",
                    "Solvik",
                    "Lofot",
                    "Trollheim",
                    "Jotun",
                    "Breeze",
                    "Kyst",
                    "Elvebakk",
                    "Nordkapp",
                    "Glomma",
                    "Hallingdal",
                    "Romsdal",
                    "Sørlandet",
                    "Agder",
                    "Mjøs",
                    "Telemark",
                    "Varanger",
                    "Dovre",
                    "Rondane",
                    "Hardanger",
                    "Finnmark",
                    "Helgeland",
                    "Oslofjord");
    private static final List<String> PRIVATE_TRADES =
            List.of(
                    "Bygg",
                    "Transport",
                    "Elektro",
                    "Regnskap",
                    "Eiendom",
                    "Maskin",
                    "Rør",
                    "Data",
                    "Mat",
                    "Trykk",
                    "Logistikk",
                    "Energi",
                    "Sjømat",
                    "Entreprenør",
                    "Handel",
                    "Finans",
                    "Reiser",
                    "Helse",
                    "Rådgivning",
                    "Verksted",
                    "Kraft",
                    "Møbler",
                    "Emballasje",
                    "Marine",
                    "Solenergi",
                    "Interiør",
                    "Automasjon",
                    "Betong");
    private static final List<String> LEGAL_FORMS =
            List.of("AS", "AS", "AS", "ASA", "Gruppen AS", "& Sønner AS");
    private static final List<String> PRIVATE_INDUSTRIES =
            List.of(
                    "Bygg og anlegg",
                    "Transport og logistikk",
                    "Varehandel",
                    "Industri",
                    "IT og telekom",
                    "Eiendom",
                    "Finans og forsikring",
                    "Energi",
                    "Sjømat",
                    "Reiseliv",
                    "Rådgivning");
    private static final List<String> MUNICIPALITIES =
            List.of(
                    "Asker",
                    "Bærum",
                    "Lillestrøm",
                    "Drammen",
                    "Fredrikstad",
                    "Sarpsborg",
                    "Hamar",
                    "Lillehammer",
                    "Gjøvik",
                    "Kongsberg",
                    "Larvik",
                    "Sandefjord",
                    "Tønsberg",
                    "Skien",
                    "Porsgrunn",
                    "Arendal",
                    "Kristiansand",
                    "Stavanger",
                    "Sandnes",
                    "Haugesund",
                    "Bergen",
                    "Molde",
                    "Ålesund",
                    "Trondheim",
                    "Steinkjer",
                    "Bodø",
                    "Narvik",
                    "Harstad",
                    "Tromsø",
                    "Alta",
                    "Moss",
                    "Halden",
                    "Ringsaker",
                    "Elverum",
                    "Nordre Follo",
                    "Ullensaker",
                    "Eidsvoll",
                    "Jessheim",
                    "Kongsvinger",
                    "Horten",
                    "Notodden",
                    "Grimstad",
                    "Mandal",
                    "Egersund",
                    "Stord",
                    "Voss",
                    "Førde",
                    "Florø",
                    "Kristiansund",
                    "Levanger",
                    "Namsos",
                    "Mo i Rana",
                    "Mosjøen",
                    "Svolvær",
                    "Hammerfest",
                    "Kirkenes",
                    "Vadsø",
                    "Lørenskog",
                    "Nittedal",
                    "Vestby");
    private static final List<String> PUBLIC_UNITS =
            List.of(
                    "kommune",
                    "kommune, Teknisk etat",
                    "kommune, Oppvekst",
                    "kommune, Helse og omsorg",
                    "kommunale eiendom KF",
                    "havn KF",
                    "brann og redning IKS",
                    "videregående skole",
                    "kommune, Kultur og idrett",
                    "kommune, Vann og avløp",
                    "kommune, IKT",
                    "kommune, Barnehager",
                    "interkommunale renovasjon IKS",
                    "parkering KF",
                    "bibliotek",
                    "legevakt");
    private static final List<String> PUBLIC_INDUSTRIES =
            List.of("Kommune", "Utdanning", "Helse", "Samferdsel", "Statlig forvaltning");
    private static final List<String> TITLES =
            List.of(
                    "Daglig leder",
                    "Innkjøpssjef",
                    "Økonomisjef",
                    "IT-sjef",
                    "Driftssjef",
                    "Markedssjef",
                    "Prosjektleder",
                    "Innkjøper",
                    "Fagansvarlig",
                    "Avdelingsleder");

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final CustomerOwnershipRepository ownerships;
    private final EmployeeRepository employees;
    private final Clock clock;

    private DemoNames names;

    /**
     * Seeding day: the newest customer is won before it, and some of am's customers were handed
     * over nine months before it.
     */
    private LocalDate latest;

    private LocalDate handoverDate;
    private final Set<String> usedCustomerNames = new HashSet<>();
    private final Set<String> usedOrgNumbers = new HashSet<>();

    CustomerDemoData(
            CustomerRepository customers,
            ContactRepository contacts,
            CustomerOwnershipRepository ownerships,
            EmployeeRepository employees,
            Clock clock) {
        this.clock = clock;
        this.customers = customers;
        this.contacts = contacts;
        this.ownerships = ownerships;
        this.employees = employees;
    }

    @Override
    public void addIfMissing() {
        if (customers.count() > 0) {
            return;
        }
        names = new DemoNames(new Random(4711L));
        latest = LocalDate.now(clock).minusDays(1);
        handoverDate = latest.minusMonths(9).withDayOfMonth(1);
        List<Employee> sellers =
                employees.findActiveByRoles(
                        Set.of(
                                SalesRole.ACCOUNT_MANAGER,
                                SalesRole.KEY_ACCOUNT_MANAGER,
                                SalesRole.TELESALES,
                                SalesRole.FIELD_SALES));
        Employee am = employees.findByUsername("am").orElse(null);
        Employee colleagueOfAm =
                sellers.stream()
                        .filter(
                                seller ->
                                        am != null
                                                && seller.getRole() == SalesRole.ACCOUNT_MANAGER
                                                && !seller.equals(am)
                                                && seller.getTeam().equals(am.getTeam()))
                        .findFirst()
                        .orElse(null);
        for (Employee seller : sellers) {
            int size = portfolioSize(seller);
            for (int i = 0; i < size; i++) {
                Employee previousOwner = seller.equals(am) && i < 6 ? colleagueOfAm : null;
                addCustomer(seller, previousOwner);
            }
        }
    }

    private int portfolioSize(Employee seller) {
        return switch (seller.getRole()) {
            case ACCOUNT_MANAGER -> "am".equals(seller.getUsername()) ? 60 : names.between(30, 120);
            case KEY_ACCOUNT_MANAGER ->
                    "kam".equals(seller.getUsername()) ? 5 : names.between(2, 8);
            default -> names.between(6, 14);
        };
    }

    private void addCustomer(Employee owner, Employee previousOwner) {
        Random random = names.random();
        Sector sector = owner.getTeam().getDepartment().getDivision().getSector();
        boolean key = owner.getRole() == SalesRole.KEY_ACCOUNT_MANAGER;
        boolean prospectSeller =
                owner.getRole() == SalesRole.TELESALES || owner.getRole() == SalesRole.FIELD_SALES;

        Customer customer = new Customer(customerName(sector, key), orgNumber(), sector, owner);
        customer.setIndustry(
                names.pick(sector == Sector.PUBLIC ? PUBLIC_INDUSTRIES : PRIVATE_INDUSTRIES));
        String[] address = names.address();
        customer.setAddress(address[0], address[1], address[2]);
        String domain =
                DemoNames.slug(customer.getName().replaceAll(" (AS|ASA|KF|IKS|HF)$", ""), "")
                        + ".no";
        customer.setWebsite("https://www." + domain);
        customer.setEmail("post@" + domain);
        customer.setPhone(names.mobile());
        customer.setTier(key ? CustomerTier.KEY : CustomerTier.STANDARD);
        int roll = random.nextInt(100);
        CustomerStatus status =
                prospectSeller || (!key && roll < 8)
                        ? CustomerStatus.PROSPECT
                        : !key && roll < 12 ? CustomerStatus.LOST : CustomerStatus.ACTIVE;
        customer.setStatus(status);
        if (status != CustomerStatus.PROSPECT) {
            customer.setCustomerSince(
                    random.nextInt(100) < 12
                            ? latest.minusDays(random.nextInt(330))
                            : randomDate());
        }
        customers.save(customer);

        LocalDate ownedFrom =
                customer.getCustomerSince() != null
                        ? customer.getCustomerSince()
                        : latest.minusDays(random.nextInt(200));
        if (previousOwner != null && ownedFrom.isBefore(handoverDate)) {
            CustomerOwnership earlier = new CustomerOwnership(customer, previousOwner, ownedFrom);
            earlier.end(handoverDate);
            ownerships.save(earlier);
            ownedFrom = handoverDate;
        }
        ownerships.save(new CustomerOwnership(customer, owner, ownedFrom));
        addContacts(customer, domain, key ? 4 : names.between(1, 3), key);
    }

    private void addContacts(Customer customer, String domain, int count, boolean stakeholders) {
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String fullName = names.personName();
            Contact contact =
                    new Contact(
                            customer,
                            fullName,
                            names.pick(TITLES),
                            DemoNames.slug(fullName, ".") + "@" + domain,
                            names.mobile());
            contact.setPrimary(i == 0);
            if (stakeholders) {
                BuyingRole role = BuyingRole.values()[i % BuyingRole.values().length];
                Attitude attitude =
                        Attitude.values()[names.random().nextInt(Attitude.values().length)];
                contact.setStakeholder(role, names.between(3, 10), attitude, customer.getOwner());
            }
            people.add(contact);
        }
        contacts.saveAll(people);
    }

    private String customerName(Sector sector, boolean key) {
        String name;
        int tries = 0;
        do {
            if (++tries > 1000) {
                throw new IllegalStateException(
                        "The demo name lists are too short for the demo portfolios");
            }
            if (sector == Sector.PUBLIC) {
                String unit = names.pick(PUBLIC_UNITS);
                name =
                        key
                                ? "Helse " + names.pick(MUNICIPALITIES) + " HF"
                                : names.pick(MUNICIPALITIES) + " " + unit;
            } else {
                name =
                        names.pick(PREFIXES)
                                + " "
                                + names.pick(PRIVATE_TRADES)
                                + " "
                                + (key ? "Konsern ASA" : names.pick(LEGAL_FORMS));
            }
        } while (!usedCustomerNames.add(name));
        return name;
    }

    private String orgNumber() {
        Random random = names.random();
        while (true) {
            StringBuilder digits = new StringBuilder().append(random.nextBoolean() ? '9' : '8');
            for (int i = 0; i < 7; i++) {
                digits.append(random.nextInt(10));
            }
            Integer check = OrganisationNumber.checkDigit(digits.toString());
            if (check != null && usedOrgNumbers.add(digits.toString() + check)) {
                return digits.toString() + check;
            }
        }
    }

    private LocalDate randomDate() {
        LocalDate earliest = latest.minusYears(OLDEST_YEARS).withDayOfYear(1);
        return earliest.plusDays(
                names.random().nextLong(latest.toEpochDay() - earliest.toEpochDay()));
    }
}
