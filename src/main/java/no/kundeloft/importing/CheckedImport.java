package no.kundeloft.importing;

import java.util.List;
import java.util.Optional;
import no.kundeloft.base.Problem;

/**
 * A file checked as it would be imported, before anything is written: its rows with their problems,
 * and problems of the file as a whole (e.g. no name column).
 */
public interface CheckedImport<R extends CheckedRow> {

    List<R> rows();

    List<Problem> fileProblems();

    default long rowsWithProblems() {
        return rows().stream().filter(r -> !r.ok()).count();
    }

    /**
     * Why the file cannot be imported as it is, or empty when it can: the file's own problem, then
     * the rows with problems, then what the import adds (a portfolio over its limit).
     */
    default Optional<Problem> refusal() {
        if (!fileProblems().isEmpty()) {
            return Optional.of(fileProblems().getFirst());
        }
        if (rows().isEmpty()) {
            return Optional.of(new Problem("import.problem.noRows"));
        }
        long withProblems = rowsWithProblems();
        if (withProblems > 0) {
            return Optional.of(new Problem("import.why.rows", withProblems));
        }
        return otherRefusal();
    }

    /** A reason beyond the rows' own problems that keeps the import from being run. */
    default Optional<Problem> otherRefusal() {
        return Optional.empty();
    }

    default boolean canImport() {
        return refusal().isEmpty();
    }
}
