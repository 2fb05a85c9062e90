package no.kundeloft.stand;

/** A stand seller's leads at a stand, and how many of them became customers' contacts. */
public record LeaderboardRow(String name, long leads, long qualified) {}
