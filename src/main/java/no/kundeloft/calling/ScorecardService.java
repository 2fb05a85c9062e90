package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.kundeloft.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The scorecard calls are reviewed with: its criteria in order; admins add criteria and retire them
 * (old scores stay), never the last one in use.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ScorecardService {

    private final EntityManager entityManager;

    ScorecardService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The active criteria of the scorecard, in order. */
    public List<CriterionRow> criteria() {
        return entityManager
                .createQuery(
                        "select c from ReviewCriterion c where c.active = true order by c.position, c.id",
                        ReviewCriterion.class)
                .getResultList()
                .stream()
                .map(ScorecardService::row)
                .toList();
    }

    /** Every criterion, retired ones too (admins). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CriterionRow> allCriteria() {
        return entityManager
                .createQuery(
                        "select c from ReviewCriterion c order by c.position, c.id",
                        ReviewCriterion.class)
                .getResultList()
                .stream()
                .map(ScorecardService::row)
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CriterionRow addCriterion(@NotBlank @Size(max = 100) String name) {
        String clean = name.strip();
        boolean taken =
                !entityManager
                        .createQuery(
                                "select c.id from ReviewCriterion c where lower(c.name) = lower(:name)",
                                Long.class)
                        .setParameter("name", clean)
                        .getResultList()
                        .isEmpty();
        if (taken) {
            throw new CallListRefusedException("review.refused.criterionTaken", clean);
        }
        Integer last =
                entityManager
                        .createQuery("select max(c.position) from ReviewCriterion c", Integer.class)
                        .getSingleResult();
        ReviewCriterion criterion = new ReviewCriterion(clean, last == null ? 1 : last + 1);
        entityManager.persist(criterion);
        return row(criterion);
    }

    /**
     * Retires a criterion (new reviews leave it out; old scores stay) or takes it back into use.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CriterionRow setCriterionActive(Long id, boolean active) {
        ReviewCriterion criterion = entityManager.find(ReviewCriterion.class, id);
        if (criterion == null) {
            throw new NotFoundException("ReviewCriterion", id);
        }
        if (!active && criteria().size() <= 1 && criterion.isActive()) {
            throw new CallListRefusedException("review.refused.lastCriterion");
        }
        criterion.setActive(active);
        return row(criterion);
    }

    private static CriterionRow row(ReviewCriterion c) {
        return new CriterionRow(c.getId(), c.getName(), c.getPosition(), c.isActive());
    }
}
