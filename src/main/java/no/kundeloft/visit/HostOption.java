package no.kundeloft.visit;

/** Someone who may host a visit the current user plans or books. */
public record HostOption(Long id, String fullName, String teamName) {}
