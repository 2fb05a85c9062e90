package no.kundeloft.stand;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.kundeloft.base.Formats;
import no.kundeloft.calling.CallList;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Team;
import org.springframework.stereotype.Component;

/** Where a lead taken at a stand goes: a seller by the team's rules, its call list, or by turn. */
@Component
class LeadRouter {

    private final EntityManager entityManager;
    private final Clock clock;

    LeadRouter(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The team's rules in order (a postcode the lead's starts with; the sector of a customer it is
     * known as), else the team's call list, else the next of the department's account managers in
     * turn. The team is locked, so two leads at once do not go to the same seller by turn.
     */
    void route(Lead lead, Team team, List<Customer> known) {
        entityManager.lock(team, LockModeType.PESSIMISTIC_WRITE);
        String sector = known.isEmpty() ? null : known.getFirst().getSector().name();
        for (LeadRule rule :
                entityManager
                        .createQuery(
                                "select r from LeadRule r join fetch r.seller where r.teamId = :team"
                                        + " order by r.position",
                                LeadRule.class)
                        .setParameter("team", team.getId())
                        .getResultList()) {
            boolean postcode =
                    rule.getKind() == LeadRule.Kind.POSTCODE
                            && lead.getPostalCode() != null
                            && lead.getPostalCode().startsWith(rule.getMatchValue());
            boolean bySector =
                    rule.getKind() == LeadRule.Kind.SECTOR && rule.getMatchValue().equals(sector);
            if ((postcode || bySector) && rule.getSeller().isActive()) {
                lead.routeTo(rule.getSeller(), null);
                return;
            }
        }
        LeadRouting routing = entityManager.find(LeadRouting.class, team.getId());
        CallList list = routing == null ? null : routing.getCallList();
        if (list != null && list.runsOn(LocalDate.now(clock.withZone(Formats.ZONE)))) {
            lead.routeTo(null, list);
            return;
        }
        List<Employee> sellers = departmentSellers(entityManager, team);
        if (sellers.isEmpty()) {
            return;
        }
        if (routing == null) {
            routing = new LeadRouting(team.getId());
            entityManager.persist(routing);
        }
        Employee last = routing.getLastSeller();
        int next = last == null ? 0 : (sellers.indexOf(last) + 1) % sellers.size();
        lead.routeTo(sellers.get(next), null);
        routing.lastGivenTo(sellers.get(next));
    }

    /** The active account managers of the team's department, who take leads by turn. */
    static List<Employee> departmentSellers(EntityManager entityManager, Team team) {
        return entityManager
                .createQuery(
                        """
                        select e from Employee e join fetch e.team t where t.department = :department and e.active = true
                        and e.role = no.kundeloft.security.SalesRole.ACCOUNT_MANAGER order by e.id""",
                        Employee.class)
                .setParameter("department", team.getDepartment())
                .getResultList();
    }
}
