package no.kundeloft.budget;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.security.SalesRole;
import org.springframework.stereotype.Component;

/**
 * Finds budget subjects within a record scope, with who drafts and approves each (PRODUCT.md): a
 * team leader drafts the sellers' budgets and the sales manager approves them; the sales manager
 * drafts team leaders' own targets and the department budget and the director approves those; a key
 * account manager drafts per-customer budgets and the team leader approves them.
 */
@Component
class BudgetSubjects {

    private static final String SELLERS =
            """
            select e.id, e.fullName, t.name, e.id, t.id, d.id, v.id, t.leader.id, d.manager.id
            from Employee e join e.team t join t.department d join d.division v
            where e.active = true and e.role in :sellers""";

    private static final String LEADERS =
            """
            select e.id, e.fullName, t.name, e.id, t.id, d.id, v.id, d.manager.id, v.director.id
            from Team t join t.leader e join t.department d join d.division v
            where t.leaderHasOwnBudget = true and e.active = true""";

    private static final String DEPARTMENTS =
            """
            select d.id, d.name, v.name, d.manager.id, d.id, d.id, v.id, d.manager.id, v.director.id
            from Department d join d.division v where 1 = 1""";

    private static final String KEY_CUSTOMERS =
            """
            select c.id, c.name, t.name, e.id, t.id, d.id, v.id, e.id, t.leader.id
            from Customer c join c.owner e join e.team t join t.department d join d.division v
            where c.tier = no.kundeloft.customer.CustomerTier.KEY
              and e.role = no.kundeloft.security.SalesRole.KEY_ACCOUNT_MANAGER""";

    private final EntityManager entityManager;

    BudgetSubjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** All subjects of all kinds in the scope, sorted by kind, then team and name. */
    List<SubjectInfo> inScope(RecordScope scope) {
        List<SubjectInfo> subjects = new ArrayList<>();
        for (BudgetKind kind : BudgetKind.values()) {
            subjects.addAll(find(kind, scope, null));
        }
        return subjects;
    }

    /** The subjects of one kind in the scope; with {@code subjectId}, at most that one. */
    List<SubjectInfo> find(BudgetKind kind, RecordScope scope, Long subjectId) {
        if (scope.isEmpty()) {
            return List.of();
        }
        boolean department = kind == BudgetKind.DEPARTMENT;
        String scopeCondition =
                " and "
                        + switch (kind) {
                            case SELLER, KEY_CUSTOMER -> scope.jpql("e");
                            case LEADER -> scope.jpql(RecordScope.Level.TEAMS, "t");
                            case DEPARTMENT -> scope.jpql(RecordScope.Level.DEPARTMENTS, "d");
                        };
        String base =
                switch (kind) {
                    case SELLER -> SELLERS;
                    case LEADER -> LEADERS;
                    case DEPARTMENT -> DEPARTMENTS;
                    case KEY_CUSTOMER -> KEY_CUSTOMERS;
                };
        String subjectCondition =
                subjectId == null
                        ? ""
                        : switch (kind) {
                            case SELLER, LEADER -> " and e.id = :subject";
                            case DEPARTMENT -> " and d.id = :subject";
                            case KEY_CUSTOMER -> " and c.id = :subject";
                        };
        String order = department ? " order by v.name, d.name" : " order by t.name, 2";
        TypedQuery<Object[]> query =
                entityManager.createQuery(
                        base + scopeCondition + subjectCondition + order, Object[].class);
        scope.bind(query);
        if (subjectId != null) {
            query.setParameter("subject", subjectId);
        }
        if (kind == BudgetKind.SELLER) {
            query.setParameter("sellers", SalesRole.sellers());
        }
        List<SubjectInfo> subjects = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            subjects.add(
                    new SubjectInfo(
                            new BudgetSubject(kind, (Long) row[0]),
                            (String) row[1],
                            (String) row[2],
                            department ? null : (Long) row[3],
                            department ? null : (Long) row[4],
                            (Long) row[5],
                            (Long) row[6],
                            (Long) row[7],
                            (Long) row[8]));
        }
        return subjects;
    }
}
