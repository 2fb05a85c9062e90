package no.kundeloft.customer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.kundeloft.base.Problem;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Sector;
import no.kundeloft.security.SalesRole;

/**
 * Gives each new row of a customer import its owner: the seller its owner column names (username,
 * e-mail or full name, among those the leader may give customers to), else the chosen owner, else
 * one of the sellers it is spread over — each within their portfolio limit, key customers only to
 * key account managers and standard customers only to the others.
 */
final class ImportOwners {

    /** A seller who may receive rows, and how many more customers fit in their portfolio. */
    private static final class Seat {
        final Employee seller;
        long room;

        Seat(Employee seller, long room) {
            this.seller = seller;
            this.room = room;
        }

        boolean fits(ImportRow row) {
            return (row.key() == (seller.getRole() == SalesRole.KEY_ACCOUNT_MANAGER))
                    && (!row.countsAgainstLimit() || room > 0);
        }

        void take(ImportRow row) {
            row.owner = seller;
            if (row.countsAgainstLimit()) {
                room--;
            }
        }
    }

    private final List<Employee> allowed;
    private final Employee fallback;
    private final List<Seat> seats = new ArrayList<>();
    private final CustomerImportOptions.Spread spread;
    private final Map<String, Optional<Employee>> byText = new HashMap<>();

    /**
     * @param allowed the sellers the importing leader may give customers to
     * @param spreadOver the sellers to spread over, with their portfolio sizes and limits
     */
    ImportOwners(
            List<Employee> allowed,
            Employee fallback,
            Map<Employee, Long> spreadOver,
            CustomerImportOptions.Spread spread) {
        this.allowed = allowed;
        this.fallback = fallback;
        this.spread = spread;
        spreadOver.forEach((seller, room) -> seats.add(new Seat(seller, room)));
    }

    /** Sets the owner of every new row, adding a problem where none can be found. */
    void assign(List<ImportRow> rows) {
        List<ImportRow> toSpread = new ArrayList<>();
        for (ImportRow row : rows) {
            if (!row.isNew()) {
                continue;
            }
            if (!row.ownerText.isBlank()) {
                row.owner = named(row.ownerText).orElse(null);
                if (row.owner == null) {
                    row.problems.add(new Problem("import.problem.owner", row.ownerText));
                }
            } else if (!seats.isEmpty()) {
                toSpread.add(row);
            } else if (fallback != null) {
                row.owner = fallback;
            } else {
                row.problems.add(new Problem("import.problem.noOwner"));
            }
        }
        rows.stream()
                .filter(r -> r.owner != null && r.countsAgainstLimit())
                .forEach(
                        r ->
                                seats.stream()
                                        .filter(s -> s.seller.equals(r.owner))
                                        .forEach(s -> s.room--));
        spread(toSpread);
        rows.stream().filter(r -> r.isNew() && r.owner != null).forEach(ImportOwners::ownerRules);
    }

    private void spread(List<ImportRow> rows) {
        switch (spread) {
            case ROUND_ROBIN -> inTurn(rows, seats);
            case BY_SECTOR -> {
                for (Sector sector : Sector.values()) {
                    List<Seat> ofSector =
                            seats.stream().filter(s -> sector == sectorOf(s.seller)).toList();
                    inTurn(
                            rows.stream()
                                    .filter(r -> r.sectorGiven && r.customer.getSector() == sector)
                                    .toList(),
                            ofSector.isEmpty() ? seats : ofSector);
                }
                inTurn(rows.stream().filter(r -> !r.sectorGiven).toList(), seats);
            }
            case BY_POSTCODE -> inBlocks(rows);
        }
        rows.stream()
                .filter(r -> r.owner == null)
                .forEach(r -> r.problems.add(new Problem("import.problem.noRoom")));
    }

    /** In the order of the file, each row to the next seller in turn who can take it. */
    private static void inTurn(List<ImportRow> rows, List<Seat> seats) {
        int next = 0;
        for (ImportRow row : rows) {
            for (int tried = 0; tried < seats.size() && row.owner == null; tried++) {
                Seat seat = seats.get(next);
                next = (next + 1) % seats.size();
                if (seat.fits(row)) {
                    seat.take(row);
                }
            }
        }
    }

    /**
     * Rows sorted by postal code, cut into one even block per seller, so each seller gets
     * neighbouring customers; a seller whose room runs out hands the rest of the block on.
     */
    private void inBlocks(List<ImportRow> rows) {
        for (boolean key : new boolean[] {true, false}) {
            List<ImportRow> kind =
                    rows.stream()
                            .filter(r -> r.key() == key)
                            .sorted(
                                    Comparator.comparing(
                                            (ImportRow r) ->
                                                    Optional.ofNullable(r.customer.getPostalCode())
                                                            .orElse("~")))
                            .toList();
            List<Seat> takers =
                    seats.stream()
                            .filter(
                                    s ->
                                            (s.seller.getRole() == SalesRole.KEY_ACCOUNT_MANAGER)
                                                    == key)
                            .toList();
            if (kind.isEmpty() || takers.isEmpty()) {
                continue;
            }
            long share = (kind.size() + takers.size() - 1) / takers.size();
            int seat = 0;
            long given = 0;
            for (ImportRow row : kind) {
                while (seat < takers.size() && (given >= share || !takers.get(seat).fits(row))) {
                    seat++;
                    given = 0;
                }
                if (seat < takers.size()) {
                    takers.get(seat).take(row);
                    given++;
                }
            }
            inTurn(kind.stream().filter(r -> r.owner == null).toList(), takers);
        }
    }

    /** A row without a sector gets its owner's; a key customer must go to a key account manager. */
    private static void ownerRules(ImportRow row) {
        if (!row.sectorGiven) {
            row.customer.setSector(sectorOf(row.owner));
        }
        row.customer.setOwner(row.owner);
        if (row.key() != (row.owner.getRole() == SalesRole.KEY_ACCOUNT_MANAGER)) {
            row.problems.add(
                    new Problem(
                            row.key() ? "import.problem.keyOnlyToKam" : "import.problem.kamKeyOnly",
                            row.owner.getFullName()));
        }
    }

    /** Each receiving owner with the number of new rows that count against their limit. */
    static Map<Employee, Long> incoming(List<ImportRow> rows) {
        Map<Employee, Long> incoming = new LinkedHashMap<>();
        rows.stream()
                .filter(r -> r.owner != null && r.countsAgainstLimit())
                .forEach(r -> incoming.merge(r.owner, 1L, Long::sum));
        return incoming;
    }

    private Optional<Employee> named(String text) {
        return byText.computeIfAbsent(
                text.toLowerCase(Locale.ROOT),
                t ->
                        allowed.stream()
                                .filter(
                                        e ->
                                                t.equalsIgnoreCase(e.getUsername())
                                                        || t.equalsIgnoreCase(e.getEmail())
                                                        || t.equalsIgnoreCase(e.getFullName()))
                                .findFirst());
    }

    static Sector sectorOf(Employee owner) {
        if (owner.getTeam() == null
                || owner.getTeam().getDepartment().getDivision().getSector() == null) {
            return Sector.PRIVATE;
        }
        return owner.getTeam().getDepartment().getDivision().getSector();
    }
}
