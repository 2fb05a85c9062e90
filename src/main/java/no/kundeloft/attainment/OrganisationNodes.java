package no.kundeloft.attainment;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.revenue.RollupLevel;
import no.kundeloft.security.SalesRole;
import org.springframework.stereotype.Component;

/** Names, parents and children of drill-down nodes, read with one query each. */
@Component
class OrganisationNodes {

    private final EntityManager entityManager;

    OrganisationNodes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The node and the nodes above it, from the division down; not found when the node does not
     * exist.
     */
    List<Node> chain(Node node) {
        String jpql =
                switch (node.level()) {
                    case ALL -> null;
                    case DIVISION -> "select v.id, v.name from Division v where v.id = :id";
                    case DEPARTMENT ->
                            "select v.id, v.name, d.id, d.name from Department d join d.division v where d.id = :id";
                    case TEAM ->
                            """
                    select v.id, v.name, d.id, d.name, t.id, t.name
                    from Team t join t.department d join d.division v where t.id = :id""";
                    case SELLER ->
                            """
                    select v.id, v.name, d.id, d.name, t.id, t.name, e.id, e.fullName
                    from Employee e left join e.team t left join t.department d left join d.division v where e.id = :id""";
                    case CUSTOMER ->
                            """
                    select v.id, v.name, d.id, d.name, t.id, t.name, e.id, e.fullName, c.id, c.name
                    from Customer c left join c.owner e left join e.team t left join t.department d left join d.division v
                    where c.id = :id""";
                };
        if (jpql == null) {
            return List.of();
        }
        List<Object[]> rows =
                entityManager
                        .createQuery(jpql, Object[].class)
                        .setParameter("id", node.id())
                        .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException(node.level().name(), node.id());
        }
        Object[] row = rows.getFirst();
        List<Node> chain = new ArrayList<>();
        for (int i = 0; i < row.length; i += 2) {
            if (row[i] != null) {
                chain.add(
                        new Node(
                                RollupLevel.values()[i / 2 + 1],
                                (Long) row[i],
                                (String) row[i + 1]));
            }
        }
        return chain;
    }

    /** Whether the scope reaches the last node of the chain. */
    static boolean reaches(RecordScope scope, List<Node> chain) {
        if (scope.level() == RecordScope.Level.ALL) {
            return true;
        }
        RollupLevel level = RollupLevel.of(scope.level());
        return chain.stream()
                .anyMatch(node -> node.level() == level && scope.ids().contains(node.id()));
    }

    /** The nodes one level down, by name. */
    Map<Long, String> children(Node node) {
        String jpql =
                switch (node.level()) {
                    case ALL -> "select v.id, v.name from Division v order by v.name";
                    case DIVISION ->
                            "select d.id, d.name from Department d where d.division.id = :id order by d.name";
                    case DEPARTMENT ->
                            "select t.id, t.name from Team t where t.department.id = :id order by t.name";
                    case TEAM ->
                            "select e.id, e.fullName from Employee e where e.team.id = :id and e.active = true and e.role in "
                                    + ":roles order by e.fullName";
                    case SELLER ->
                            "select c.id, c.name from Customer c where c.owner.id = :id order by c.name";
                    case CUSTOMER -> null;
                };
        Map<Long, String> children = new LinkedHashMap<>();
        if (jpql == null) {
            return children;
        }
        var query = entityManager.createQuery(jpql, Object[].class);
        if (node.level() != RollupLevel.ALL) {
            query.setParameter("id", node.id());
        }
        if (node.level() == RollupLevel.TEAM) {
            query.setParameter("roles", SalesRole.selling());
        }
        query.getResultList().forEach(row -> children.put((Long) row[0], (String) row[1]));
        return children;
    }

    /**
     * Names of nodes of a level (e.g. a former seller whose revenue is still credited to the team).
     */
    Map<Long, String> names(RollupLevel level, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        String jpql =
                switch (level) {
                    case ALL -> null;
                    case DIVISION -> "select x.id, x.name from Division x where x.id in :ids";
                    case DEPARTMENT -> "select x.id, x.name from Department x where x.id in :ids";
                    case TEAM -> "select x.id, x.name from Team x where x.id in :ids";
                    case SELLER -> "select x.id, x.fullName from Employee x where x.id in :ids";
                    case CUSTOMER -> "select x.id, x.name from Customer x where x.id in :ids";
                };
        if (jpql != null) {
            entityManager
                    .createQuery(jpql, Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }
}
