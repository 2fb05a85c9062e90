package no.kundeloft.calling;

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
        String problemValue) {

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
}
