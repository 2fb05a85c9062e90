package no.kundeloft.customer;

import java.util.List;
import java.util.Optional;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.CheckedImport;

/**
 * A checked customer import before anything is written: every row with what happens to it and its
 * problems, problems of the file as a whole (e.g. no name column), and each receiving owner's
 * portfolio against its limit.
 */
public record ImportPreview(
        List<ImportRowResult> rows, List<Problem> fileProblems, List<ReceiverLoad> owners)
        implements CheckedImport<ImportRowResult> {

    public long count(ImportRowResult.Action action) {
        return rows.stream().filter(r -> r.ok() && r.action() == action).count();
    }

    public long skipped() {
        return rows.stream().filter(r -> r.ok() && r.action().skipped()).count();
    }

    /** Rows that would be written: new customers and updates. */
    public long toWrite() {
        return count(ImportRowResult.Action.NEW) + count(ImportRowResult.Action.UPDATE);
    }

    @Override
    public Optional<Problem> otherRefusal() {
        Optional<ReceiverLoad> over = owners.stream().filter(o -> !o.withinLimit()).findFirst();
        if (over.isPresent()) {
            return Optional.of(
                    new Problem("import.why.limit", over.get().receiverName(), over.get().max()));
        }
        return toWrite() == 0 ? Optional.of(new Problem("import.why.nothing")) : Optional.empty();
    }
}
