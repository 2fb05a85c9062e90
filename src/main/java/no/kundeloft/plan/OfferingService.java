package no.kundeloft.plan;

import java.util.List;
import no.kundeloft.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The offering catalogue that every plan's whitespace grid is made of; kept by admins. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class OfferingService {

    private final OfferingRepository offerings;

    OfferingService(OfferingRepository offerings) {
        this.offerings = offerings;
    }

    @Transactional(readOnly = true)
    public List<Offering> all() {
        return offerings.findAllByName();
    }

    /** Adds an offering; refused when the name is empty or already in the catalogue. */
    public Offering add(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new PlanRefusedException("offering.refused.name");
        }
        if (offerings.existsByNameIgnoreCase(trimmed)) {
            throw new PlanRefusedException("offering.refused.exists", trimmed);
        }
        return offerings.save(new Offering(trimmed));
    }

    /** Takes an offering out of the whitespace grids (kept in history) or brings it back. */
    public void setActive(Long offeringId, boolean active) {
        offerings
                .findById(offeringId)
                .orElseThrow(() -> new NotFoundException("Offering", offeringId))
                .setActive(active);
    }
}
