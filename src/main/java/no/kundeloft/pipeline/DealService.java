package no.kundeloft.pipeline;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.OwnerOption;
import no.kundeloft.history.ChangeHistory;
import no.kundeloft.history.HistoryEntry;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.SalesRole;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Deals: read within the record scope (owned by someone in it, or at a customer in it), changed by
 * those who may change customers. A deal is owned by the customer's owner or another seller of that
 * owner's team (a team leader with an own budget included), and only by someone the current user's
 * scope covers.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('MEETING_BOOKER')")
public class DealService {

    /** A deal without any change for this many days is stuck. */
    public static final int STUCK_DAYS = 30;

    /** How many deals each list of the review shows. */
    public static final int REVIEW_ROWS = 10;

    /** How many cards a board column shows; the list shows them all. */
    public static final int CARDS_PER_COLUMN = 50;

    private static final String EDITORS =
            "hasAnyRole('ACCOUNT_MANAGER','KEY_ACCOUNT_MANAGER','TELESALES','FIELD_SALES','TEAM_LEADER','SALES_MANAGER','ADMIN')";

    private final DealRepository deals;
    private final DealStageRepository stages;
    private final DealSearch search;
    private final DealRules rules;
    private final CustomerService customers;
    private final OrganisationService organisation;
    private final ChangeHistory changeHistory;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;
    private final DealChanges changes;

    DealService(
            DealRepository deals,
            DealStageRepository stages,
            DealSearch search,
            DealRules rules,
            CustomerService customers,
            OrganisationService organisation,
            ChangeHistory changeHistory,
            CurrentUser currentUser,
            EntityManager entityManager,
            Clock clock,
            DealChanges changes) {
        this.changes = changes;
        this.deals = deals;
        this.stages = stages;
        this.search = search;
        this.rules = rules;
        this.customers = customers;
        this.organisation = organisation;
        this.changeHistory = changeHistory;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Whether the current user may create and move deals: directors only read. */
    public boolean mayEdit() {
        return currentUser.require().role() != SalesRole.SALES_DIRECTOR;
    }

    /** The stages in use, in pipeline order (open ones first, then Won and Lost). */
    public List<StageOption> stages() {
        return stages.findAllInOrder().stream()
                .filter(DealStage::isActive)
                .map(StageOption::of)
                .sorted(
                        Comparator.comparing((StageOption s) -> s.outcome().ordinal())
                                .thenComparing(StageOption::position))
                .toList();
    }

    /**
     * The board: one column per open stage in use, with sums over every matching deal and the first
     * cards.
     */
    public List<StageColumn> board(DealFilter filter) {
        RecordScope scope = organisation.currentScope();
        DealFilter open = filter.withClosed(null);
        Map<Long, Object[]> sums = search.sumsByStage(scope, open, stuckBefore());
        List<StageColumn> columns = new ArrayList<>();
        for (StageOption stage : stages()) {
            if (!stage.open()
                    || (filter.stageId() != null && !filter.stageId().equals(stage.id()))) {
                continue;
            }
            Object[] sum = sums.get(stage.id());
            List<DealRow> cards =
                    sum == null
                            ? List.of()
                            : search
                                    .find(
                                            scope,
                                            open.withStage(stage.id()),
                                            stuckBefore(),
                                            0,
                                            CARDS_PER_COLUMN,
                                            Sort.by("closeMonth")
                                                    .and(Sort.by(Sort.Direction.DESC, "value")))
                                    .stream()
                                    .map(this::row)
                                    .toList();
            columns.add(
                    sum == null
                            ? new StageColumn(stage, 0, BigDecimal.ZERO, BigDecimal.ZERO, cards)
                            : new StageColumn(
                                    stage,
                                    (Long) sum[0],
                                    (BigDecimal) sum[1],
                                    (BigDecimal) sum[2],
                                    cards));
        }
        return columns;
    }

    /** A page of the matching deals in scope, sorted as asked (then by id). */
    public List<DealRow> list(DealFilter filter, int offset, int limit, Sort sort) {
        return search
                .find(organisation.currentScope(), filter, stuckBefore(), offset, limit, sort)
                .stream()
                .map(this::row)
                .toList();
    }

    public long count(DealFilter filter) {
        return search.count(organisation.currentScope(), filter, stuckBefore());
    }

    /** The leaders' review of the pipeline in their scope. */
    @PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','SALES_DIRECTOR','ADMIN')")
    public PipelineReview review() {
        RecordScope scope = organisation.currentScope();
        DealFilter stuck = DealFilter.open().withStuck(true);
        DealFilter late = DealFilter.open().withClose(null, YearMonth.from(today()).minusMonths(1));
        DealFilter slipped = DealFilter.open().withSlipped();
        Sort biggestFirst = Sort.by(Sort.Direction.DESC, "value");
        return new PipelineReview(
                reviewRows(stuck, Sort.by("lastActivity")),
                count(stuck),
                reviewRows(late, Sort.by("closeMonth")),
                count(late),
                reviewRows(slipped, Sort.by(Sort.Direction.DESC, "slips").and(biggestFirst)),
                count(slipped),
                reviewRows(DealFilter.open(), biggestFirst),
                search.sellers(scope, today().minusMonths(12)));
    }

    /**
     * The biggest open deals at key customers in scope, for directors choosing which visits to
     * join.
     */
    public List<DealRow> atKeyCustomers(int limit) {
        return list(
                DealFilter.open().withKeyCustomers(),
                0,
                limit,
                Sort.by(Sort.Direction.DESC, "value"));
    }

    /** The open deals in scope at each of the given customers (none: not in the map). */
    public Map<Long, OpenDeals> openAt(java.util.Collection<Long> customerIds) {
        return customerIds.isEmpty()
                ? Map.of()
                : search.openAt(organisation.currentScope(), customerIds);
    }

    private List<DealRow> reviewRows(DealFilter filter, Sort sort) {
        return list(filter, 0, REVIEW_ROWS, sort);
    }

    /** A deal in scope; otherwise "not found", exactly like a missing one. */
    public DealDetails get(Long id) {
        return DealDetails.of(requireVisible(id));
    }

    /**
     * The deals at a customer the current user may see, open ones first, then the latest closed.
     */
    public List<DealRow> forCustomer(Long customerId) {
        customers.requireVisible(customerId);
        return search
                .find(
                        organisation.currentScope(),
                        DealFilter.customer(customerId),
                        stuckBefore(),
                        0,
                        200,
                        Sort.by("stage").and(Sort.by("closeMonth")))
                .stream()
                .map(this::row)
                .toList();
    }

    /** This month in Oslo, from the application's clock. */
    public YearMonth thisMonth() {
        return YearMonth.from(today());
    }

    /**
     * The months a deal can be set to close in: from this month to three years ahead, and the past
     * year for slipped deals.
     */
    public List<YearMonth> closeMonths() {
        YearMonth now = YearMonth.from(today());
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = now.minusMonths(12);
                !month.isAfter(now.plusMonths(36));
                month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The owners of the deals in scope, by name: the owner filter's choices. */
    public List<OwnerOption> owners() {
        return search.owners(organisation.currentScope());
    }

    /** Who may own a deal at this customer, of those the current user's scope covers. */
    public List<OwnerOption> ownerChoices(Long customerId) {
        customers.requireVisible(customerId);
        Customer customer = entityManager.find(Customer.class, customerId);
        RecordScope scope = organisation.currentScope();
        return rules.eligibleOwners(customer).stream()
                .filter(scope::covers)
                .map(e -> new OwnerOption(e.getId(), e.getFullName()))
                .toList();
    }

    /**
     * A new deal's form at a customer: owned by its owner (or me, when I may own it), the usual
     * kind, closing in three months.
     */
    public DealForm newDeal(Long customerId) {
        List<OwnerOption> owners = ownerChoices(customerId);
        Customer customer = entityManager.find(Customer.class, customerId);
        Long me = currentUser.require().employeeId();
        DealForm form = new DealForm();
        form.setCustomerId(customerId);
        form.setOwnerId(
                owners.stream().anyMatch(o -> o.id().equals(customer.getOwner().getId()))
                        ? customer.getOwner().getId()
                        : owners.stream()
                                .map(OwnerOption::id)
                                .filter(me::equals)
                                .findFirst()
                                .orElse(owners.isEmpty() ? null : owners.getFirst().id()));
        form.setKind(DealKind.usualFor(customer.getStatus()));
        form.setProbability(changes.firstOpenStage().getProbability());
        form.setCloseMonth(YearMonth.from(today()).plusMonths(3));
        return form;
    }

    /**
     * Opens a deal (in the first open stage unless the form names one). Refused for a bad owner,
     * kind or close month.
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public DealDetails create(@Valid DealForm form) {
        customers.requireVisible(form.getCustomerId());
        Customer customer = entityManager.find(Customer.class, form.getCustomerId());
        DealStage first = changes.firstOpenStage();
        Deal deal = new Deal(customer, null, first, today());
        changes.apply(deal, customer, form);
        changes.changeStage(
                deal,
                form.getStageId() == null ? first : changes.stage(form.getStageId()),
                form.getCloseReason());
        deal.weigh(form.getProbability());
        deals.save(deal);
        changes.followNextStep(deal);
        return DealDetails.of(deal);
    }

    /**
     * Saves the dialog's changes, its stage too; refused when someone saved the deal after the form
     * was opened.
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public DealDetails update(Long id, @Valid DealForm form) {
        Deal deal = lockUnchanged(id, form.getVersion());
        if (!deal.getCustomer().getId().equals(form.getCustomerId())) {
            throw new DealRefusedException("deal.refused.customer");
        }
        changes.apply(deal, deal.getCustomer(), form);
        if (form.getStageId() != null) {
            changes.changeStage(deal, changes.stage(form.getStageId()), form.getCloseReason());
        }
        deal.weigh(form.getProbability());
        deals.saveAndFlush(deal);
        changes.followNextStep(deal);
        return DealDetails.of(deal);
    }

    /**
     * Moves a deal to a stage with that stage's probability (the board). Won and Lost need a
     * reason; a won deal for a new customer makes a prospect (or a lost customer) a customer won
     * today, so its new-sales months start this month.
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public DealDetails move(Long id, long version, Long stageId, String reason) {
        Deal deal = lockUnchanged(id, version);
        changes.changeStage(deal, changes.stage(stageId), reason);
        changes.touch(deal);
        deals.saveAndFlush(deal);
        changes.followNextStep(deal);
        return DealDetails.of(deal);
    }

    /** Every saved version of a deal in scope, newest first. */
    public List<HistoryEntry> history(Long id) {
        requireVisible(id);
        return changeHistory.of(Deal.class, id);
    }

    private Deal lockUnchanged(Long id, long version) {
        // locked first, so the version read is the committed one; out of scope answers like a
        // missing deal
        Deal deal = deals.lockById(id).orElseThrow(() -> new NotFoundException("Deal", id));
        requireVisible(id);
        if (deal.getVersion() != version) {
            throw new DealRefusedException(
                    "deal.refused.changed", String.valueOf(deal.getUpdatedBy()));
        }
        return deal;
    }

    private Deal requireVisible(Long id) {
        return search.visible(organisation.currentScope(), id)
                .orElseThrow(() -> new NotFoundException("Deal", id));
    }

    private DealRow row(Deal deal) {
        return DealRow.of(deal, today(), stuckBefore());
    }

    private Instant stuckBefore() {
        return clock.instant().minus(Duration.ofDays(STUCK_DAYS));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
