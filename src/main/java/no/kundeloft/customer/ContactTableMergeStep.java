package no.kundeloft.customer;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * A contact merge step for one table: rows the contact that stays has already (the same visit, the
 * same call list) are dropped first when the table allows one per contact, then the rest move.
 */
public abstract class ContactTableMergeStep implements ContactMergeStep {

    private final EntityManager entityManager;
    private final String table;
    private final String onePerContactOf;
    private final boolean versioned;

    /**
     * @param onePerContactOf the column that holds one row per contact (e.g. the visit), or null
     * @param versioned whether the rows carry a version that a move raises
     */
    protected ContactTableMergeStep(
            EntityManager entityManager, String table, String onePerContactOf, boolean versioned) {
        this.entityManager = entityManager;
        this.table = table;
        this.onePerContactOf = onePerContactOf;
        this.versioned = versioned;
    }

    @Override
    public List<String> tables() {
        return List.of(table);
    }

    @Override
    public void move(Long keepId, Long dropId) {
        if (onePerContactOf != null) {
            run(
                    "delete from "
                            + table
                            + " where contact_id = ?2 and "
                            + onePerContactOf
                            + " in (select k."
                            + onePerContactOf
                            + " from "
                            + table
                            + " k where k.contact_id = ?1)",
                    keepId,
                    dropId);
        }
        run(
                "update "
                        + table
                        + " set contact_id = ?1"
                        + (versioned ? ", version = version + 1" : "")
                        + " where contact_id = ?2",
                keepId,
                dropId);
    }

    private void run(String sql, Long keepId, Long dropId) {
        entityManager
                .createNativeQuery(sql)
                .setParameter(1, keepId)
                .setParameter(2, dropId)
                .executeUpdate();
    }
}
