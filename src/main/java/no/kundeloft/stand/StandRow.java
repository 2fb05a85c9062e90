package no.kundeloft.stand;

import java.time.LocalDate;
import java.util.List;

/**
 * A stand in the list: team, place, days, who works it, and its leads so far (and how many were
 * contacted).
 */
public record StandRow(
        Long id,
        Long teamId,
        String teamName,
        String place,
        LocalDate startsOn,
        LocalDate endsOn,
        List<String> sellers,
        long leads,
        long contacted) {}
