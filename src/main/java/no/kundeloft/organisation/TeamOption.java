package no.kundeloft.organisation;

/** A team to choose in a form, with its department. */
public record TeamOption(Long id, String name, String departmentName) {}
