package no.kundeloft.organisation;

/** A team as the home page and team screens show it; {@code sellers} excludes the leader. */
public record TeamSummary(
        Long id,
        String name,
        String departmentName,
        String leaderName,
        boolean leaderHasOwnBudget,
        long sellers) {}
