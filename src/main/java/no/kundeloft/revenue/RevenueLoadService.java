package no.kundeloft.revenue;

import java.time.Clock;
import java.time.YearMonth;
import no.kundeloft.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Through which month the organisation's revenue is loaded. A revenue import that the importer
 * declares complete moves it forward; only an administrator sets it to any month, back as well. No
 * month that has not ended yet can be loaded.
 */
@Service
@Transactional
public class RevenueLoadService {

    private final RevenueLoadRepository loads;
    private final CurrentUser currentUser;
    private final Clock clock;

    RevenueLoadService(RevenueLoadRepository loads, CurrentUser currentUser, Clock clock) {
        this.loads = loads;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The last loaded month, for every figure that compares actuals with budgets. One month for the
     * whole organisation and no revenue, so anyone may read it (the demo seeder too, signed in as
     * nobody).
     */
    @Transactional(readOnly = true)
    public LoadedThrough loadedThrough() {
        return loads.findById(RevenueLoad.ID)
                .map(RevenueLoad::loadedThrough)
                .orElse(LoadedThrough.nothing());
    }

    /** The month with who set it and when, and the newest month that may be set today. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SALES_MANAGER','ADMIN')")
    public RevenueLoadState state() {
        RevenueLoad load = loads.findById(RevenueLoad.ID).orElseThrow();
        return new RevenueLoadState(
                load.loadedThrough(), load.changedBy(), load.changedAt(), latestSettable());
    }

    /**
     * Marks revenue complete through {@code month}, as the importer of a file ending with it says;
     * a month at or before the current one changes nothing, since only an administrator moves it
     * back.
     */
    @PreAuthorize("hasAnyRole('SALES_MANAGER','ADMIN')")
    public LoadedThrough completeThrough(YearMonth month) {
        RevenueLoad load = lockedRow(month);
        if (!load.loadedThrough().includes(month)) {
            load.set(month, currentUser.require().fullName(), clock.instant());
        }
        return load.loadedThrough();
    }

    /** Sets the month forward or back; administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    public LoadedThrough set(YearMonth month) {
        RevenueLoad load = lockedRow(month);
        load.set(month, currentUser.require().fullName(), clock.instant());
        return load.loadedThrough();
    }

    private RevenueLoad lockedRow(YearMonth month) {
        if (month.isAfter(latestSettable())) {
            throw new RevenueLoadRefusedException(
                    "revenueLoad.refused.notEnded", month, latestSettable());
        }
        return loads.lockRow().orElseThrow();
    }

    private YearMonth latestSettable() {
        return YearMonth.now(clock).minusMonths(1);
    }
}
