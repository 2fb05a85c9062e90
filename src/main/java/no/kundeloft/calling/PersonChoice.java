package no.kundeloft.calling;

/**
 * A person to pick in a call list's form: a caller or a seller meetings may be booked for, with
 * their team.
 */
public record PersonChoice(Long id, String fullName, String teamName) {}
