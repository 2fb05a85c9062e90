package no.kundeloft.demo;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Norwegian names, places and phone numbers for demo data, drawn from a seeded random source. */
public final class DemoNames {

    private static final List<String> FIRST_NAMES =
            List.of(
                    "Anders",
                    "Anne",
                    "Bjørn",
                    "Camilla",
                    "Eirik",
                    "Elin",
                    "Erik",
                    "Frida",
                    "Geir",
                    "Guro",
                    "Hanne",
                    "Håkon",
                    "Ida",
                    "Ingrid",
                    "Jon",
                    "Jorunn",
                    "Kjetil",
                    "Kristin",
                    "Lene",
                    "Magnus",
                    "Maria",
                    "Morten",
                    "Nina",
                    "Nils",
                    "Ole",
                    "Per",
                    "Ragnhild",
                    "Rune",
                    "Silje",
                    "Sindre",
                    "Siri",
                    "Solveig",
                    "Stian",
                    "Sverre",
                    "Thea",
                    "Tone",
                    "Torbjørn",
                    "Trond",
                    "Vegard",
                    "Åse");
    private static final List<String> LAST_NAMES =
            List.of(
                    "Aas",
                    "Bakke",
                    "Berg",
                    "Dahl",
                    "Eide",
                    "Fjeld",
                    "Haugen",
                    "Hagen",
                    "Halvorsen",
                    "Hansen",
                    "Holm",
                    "Jacobsen",
                    "Johansen",
                    "Karlsen",
                    "Kristiansen",
                    "Larsen",
                    "Lie",
                    "Lund",
                    "Moen",
                    "Myhre",
                    "Nilsen",
                    "Nygaard",
                    "Olsen",
                    "Pedersen",
                    "Rasmussen",
                    "Solberg",
                    "Strand",
                    "Sæther",
                    "Tangen",
                    "Vik");
    private static final List<String[]> PLACES =
            List.of(
                    new String[] {"0150", "Oslo"},
                    new String[] {"0250", "Oslo"},
                    new String[] {"1337", "Sandvika"},
                    new String[] {"1366", "Lysaker"},
                    new String[] {"1607", "Fredrikstad"},
                    new String[] {"2317", "Hamar"},
                    new String[] {"3015", "Drammen"},
                    new String[] {"3110", "Tønsberg"},
                    new String[] {"4006", "Stavanger"},
                    new String[] {"4610", "Kristiansand"},
                    new String[] {"5003", "Bergen"},
                    new String[] {"5527", "Haugesund"},
                    new String[] {"6002", "Ålesund"},
                    new String[] {"7011", "Trondheim"},
                    new String[] {"8006", "Bodø"},
                    new String[] {"9008", "Tromsø"});
    private static final List<String> STREETS =
            List.of(
                    "Storgata",
                    "Kirkegata",
                    "Industriveien",
                    "Havnegata",
                    "Strandveien",
                    "Sjøgata",
                    "Nedre Slottsgate",
                    "Fjordveien",
                    "Bryggen",
                    "Parkveien",
                    "Torggata",
                    "Stasjonsveien");

    private final Random random;
    private final Set<String> usedPersonNames = new HashSet<>();

    public DemoNames(Random random) {
        this.random = random;
    }

    public Random random() {
        return random;
    }

    /** A first and last name not handed out before by this generator. */
    public String uniquePersonName() {
        String name;
        do {
            name = personName();
        } while (!usedPersonNames.add(name));
        return name;
    }

    /** A first and last name, possibly repeated (for contacts at customers). */
    public String personName() {
        return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
    }

    /** Keeps a name from being handed out by {@link #uniquePersonName()}. */
    public void reservePersonName(String name) {
        usedPersonNames.add(name);
    }

    /** A street address: street, postal code and city. */
    public String[] address() {
        String[] place = pick(PLACES);
        return new String[] {pick(STREETS) + " " + (1 + random.nextInt(120)), place[0], place[1]};
    }

    /** A Norwegian mobile number, "+47 9xx xx xxx". */
    public String mobile() {
        return String.format(
                "+47 9%02d %02d %03d",
                random.nextInt(100), random.nextInt(100), random.nextInt(1000));
    }

    /**
     * Lower-case ASCII for usernames, e-mail addresses and web domains: "Bjørn Sæther" →
     * "bjorn.saether".
     */
    public static String slug(String text, String separator) {
        String ascii =
                text.toLowerCase(Locale.ROOT)
                        .replace("æ", "ae")
                        .replace("ø", "o")
                        .replace("å", "a");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String joined = ascii.replaceAll("[^a-z0-9]+", " ").trim();
        return joined.replace(" ", separator);
    }

    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
