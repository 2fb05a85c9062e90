package no.kundeloft.importing;

import java.util.List;
import no.kundeloft.base.Problem;

/** One row of a checked import: its line in the file and what keeps it from being imported. */
public interface CheckedRow {

    int line();

    List<Problem> problems();

    default boolean ok() {
        return problems().isEmpty();
    }
}
