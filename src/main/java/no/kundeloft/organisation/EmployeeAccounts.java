package no.kundeloft.organisation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Objects;
import no.kundeloft.security.ActiveAccounts;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session stands while its employee is active with the role they signed in with, and no admin has
 * reset their password since (a new one-time password); their own change of password keeps it.
 */
@Component
class EmployeeAccounts implements ActiveAccounts {

    private final EntityManager entityManager;

    EmployeeAccounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean stillValid(KundeloftUser user) {
        List<Tuple> rows =
                entityManager
                        .createQuery(
                                """
                        select e.active as active, e.role as role, e.passwordHash as hash, e.passwordChangeRequired as reset
                        from Employee e where e.id = :id""",
                                Tuple.class)
                        .setParameter("id", user.employeeId())
                        .getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Tuple account = rows.getFirst();
        boolean resetByAdmin =
                account.get("reset", Boolean.class)
                        && !Objects.equals(account.get("hash", String.class), user.passwordHash());
        return account.get("active", Boolean.class)
                && account.get("role", SalesRole.class) == user.role()
                && !resetByAdmin;
    }
}
