package no.kundeloft.organisation;

import java.util.List;

/** The whole sales organisation as the admin sees it: divisions, their departments and teams. */
public record OrganisationTree(List<DivisionNode> divisions) {

    public record DivisionNode(
            Long id,
            String name,
            String country,
            Sector sector,
            Long directorId,
            String directorName,
            List<DepartmentNode> departments) {}

    public record DepartmentNode(
            Long id, String name, Long managerId, String managerName, List<TeamNode> teams) {}

    /**
     * A team with its size against the range for its kind ({@code sizeOk} false shows the warning).
     */
    public record TeamNode(
            Long id,
            String name,
            Long leaderId,
            String leaderName,
            boolean leaderHasOwnBudget,
            long sellers,
            int min,
            int max) {

        public boolean sizeOk() {
            return sellers >= min && sellers <= max;
        }
    }

    /** A person who can fill a position (director, manager, leader). */
    public record PersonOption(Long id, String fullName) {}
}
