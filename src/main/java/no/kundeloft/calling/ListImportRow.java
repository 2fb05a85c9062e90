package no.kundeloft.calling;

import java.util.List;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.CheckedRow;

/**
 * A row of a call list file as checked: the company and person it names, and what importing it does
 * — adds an existing contact, adds a new contact at a customer of the list's teams, leaves it out
 * (on the list already, or asked not to be called) — or the problem that stops the file.
 */
public record ListImportRow(
        int line,
        String company,
        String person,
        String phone,
        Result result,
        String problemKey,
        String problemValue)
        implements CheckedRow {

    public enum Result {
        EXISTING_CONTACT,
        NEW_CONTACT,
        ALREADY_ON_LIST,
        DO_NOT_CALL,
        PROBLEM
    }

    public boolean isProblem() {
        return result == Result.PROBLEM;
    }

    @Override
    public List<Problem> problems() {
        return isProblem() ? List.of(new Problem(problemKey, problemValue)) : List.of();
    }
}
