package no.kundeloft.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.OrganisationWarning;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The role-aware home page, put together from the organisation and customer services. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DashboardService {

    private final OrganisationService organisation;
    private final CustomerService customers;

    DashboardService(OrganisationService organisation, CustomerService customers) {
        this.organisation = organisation;
        this.customers = customers;
    }

    /** The current user's home page figures, all within their record scope. */
    public HomeSummary home() {
        List<OrganisationWarning> warnings = new ArrayList<>(organisation.teamSizeWarnings());
        warnings.addAll(
                organisation.portfolioWarnings(
                        ownerIds -> {
                            Map<Long, Long> sizes = customers.portfolioSizes(ownerIds);
                            return ownerId -> sizes.getOrDefault(ownerId, 0L);
                        }));
        return new HomeSummary(
                customers.count(CustomerFilter.none()),
                customers.countInScope(CustomerTier.KEY),
                organisation.myTeams(),
                warnings);
    }
}
