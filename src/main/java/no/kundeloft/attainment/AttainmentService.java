package no.kundeloft.attainment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.budget.BudgetRollup;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.pipeline.DealRollup;
import no.kundeloft.revenue.LoadedThrough;
import no.kundeloft.revenue.MonthlyAmounts;
import no.kundeloft.revenue.RevenueLoadService;
import no.kundeloft.revenue.RevenueRollup;
import no.kundeloft.revenue.RollupLevel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attainment reports for the drill-down. A node outside the current user's scope answers "not
 * found", exactly like a missing one; the way up stops at the top the user may see. Every figure
 * comes from SQL sums (a handful of queries per report), never from loading revenue rows.
 */
@Service
@PreAuthorize("isAuthenticated() and !hasRole('MEETING_BOOKER')")
@Transactional(readOnly = true)
public class AttainmentService {

    private final RevenueRollup revenue;
    private final BudgetRollup budgets;
    private final DealRollup deals;
    private final OrganisationNodes nodes;
    private final OrganisationService organisation;
    private final CustomerService customers;
    private final RevenueLoadService revenueLoad;
    private final Clock clock;

    AttainmentService(
            RevenueRollup revenue,
            BudgetRollup budgets,
            DealRollup deals,
            OrganisationNodes nodes,
            OrganisationService organisation,
            CustomerService customers,
            RevenueLoadService revenueLoad,
            Clock clock) {
        this.revenueLoad = revenueLoad;
        this.customers = customers;
        this.revenue = revenue;
        this.budgets = budgets;
        this.deals = deals;
        this.nodes = nodes;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * The year figures are usually looked at for: this year once its January is loaded, until then
     * last year, whose figures are then final.
     */
    public int currentYear() {
        return revenueLoad.loadedThrough().reportingYear(LocalDate.now(clock));
    }

    /**
     * The calendar year today, whose budget is shown beside last year's figures until January is
     * loaded.
     */
    public int calendarYear() {
        return LocalDate.now(clock).getYear();
    }

    /**
     * Where the current user's drill-down starts: their division, department, team or themselves;
     * empty for a leader with nothing to lead.
     */
    public Optional<Node> myTop() {
        RecordScope scope = organisation.currentScope();
        if (scope.level() == RecordScope.Level.ALL) {
            return Optional.of(new Node(RollupLevel.ALL, null, null));
        }
        return scope.ids().stream()
                .sorted()
                .findFirst()
                .map(id -> Node.of(RollupLevel.of(scope.level()), id));
    }

    /** A node's figures for a year with the lines one level down. */
    public AttainmentReport report(Node requested, int year) {
        RecordScope scope = organisation.currentScope();
        List<Node> chain = nodes.chain(requested);
        if (requested.level() == RollupLevel.ALL
                ? scope.level() != RecordScope.Level.ALL
                : !OrganisationNodes.reaches(scope, chain)) {
            throw new NotFoundException(requested.level().name(), requested.id());
        }
        Node node = chain.isEmpty() ? new Node(RollupLevel.ALL, null, null) : chain.getLast();
        List<Node> path =
                chain.stream()
                        .filter(
                                above ->
                                        OrganisationNodes.reaches(
                                                scope, chain.subList(0, chain.indexOf(above) + 1)))
                        .toList();
        Set<Long> ids = node.id() == null ? Set.of() : Set.of(node.id());
        YearMonth from = YearMonth.of(year - 1, 1);
        YearMonth to = YearMonth.of(year, 12);
        LoadedThrough loaded = revenueLoad.loadedThrough();

        MonthlyAmounts actual =
                revenue.byGroup(scope, node.level(), ids, RollupLevel.ALL, from, to)
                        .getOrDefault(RevenueRollup.WHOLE, new MonthlyAmounts());
        MonthlyAmounts budget =
                budgets.byGroup(scope, node.level(), ids, RollupLevel.ALL, year)
                        .getOrDefault(RevenueRollup.WHOLE, new MonthlyAmounts());
        MonthlyAmounts pipeline =
                deals.byGroup(scope, node.level(), ids, RollupLevel.ALL, year, loaded)
                        .getOrDefault(RevenueRollup.WHOLE, new MonthlyAmounts());
        YearFigures figures = new YearFigures(year, loaded, actual, budget, pipeline);
        YearFigures topDown =
                node.level() == RollupLevel.DEPARTMENT
                        ? new YearFigures(
                                year,
                                loaded,
                                actual,
                                budgets.departments(scope, ids, year)
                                        .getOrDefault(node.id(), new MonthlyAmounts()),
                                pipeline)
                        : null;
        return new AttainmentReport(
                node, path, figures, rows(scope, node, ids, year, loaded, from, to), topDown);
    }

    private List<AttainmentRow> rows(
            RecordScope scope,
            Node node,
            Set<Long> ids,
            int year,
            LoadedThrough loaded,
            YearMonth from,
            YearMonth to) {
        RollupLevel below = node.level().below();
        if (below == null) {
            return List.of();
        }
        Map<Long, MonthlyAmounts> actuals =
                revenue.byGroup(scope, node.level(), ids, below, from, to);
        Map<Long, MonthlyAmounts> budgetsBelow =
                budgets.byGroup(scope, node.level(), ids, below, year);
        Map<Long, MonthlyAmounts> pipelines =
                deals.byGroup(scope, node.level(), ids, below, year, loaded);
        Map<Long, String> names = new LinkedHashMap<>(nodes.children(node));
        List<Long> unnamed = new ArrayList<>();
        actuals.keySet().stream().filter(id -> !names.containsKey(id)).forEach(unnamed::add);
        budgetsBelow.keySet().stream()
                .filter(id -> !names.containsKey(id) && !unnamed.contains(id))
                .forEach(unnamed::add);
        Map<Long, String> formerNames = nodes.names(below, unnamed);
        unnamed.stream()
                .sorted(Comparator.comparing(id -> formerNames.getOrDefault(id, "")))
                .forEach(id -> names.put(id, formerNames.getOrDefault(id, "#" + id)));
        Map<Long, Long> sizes =
                below == RollupLevel.SELLER ? customers.portfolioSizes(names.keySet()) : Map.of();
        List<AttainmentRow> rows = new ArrayList<>();
        names.forEach(
                (id, name) ->
                        rows.add(
                                new AttainmentRow(
                                        new Node(below, id, name),
                                        new YearFigures(
                                                year,
                                                loaded,
                                                actuals.getOrDefault(id, new MonthlyAmounts()),
                                                budgetsBelow.getOrDefault(id, new MonthlyAmounts()),
                                                pipelines.getOrDefault(id, new MonthlyAmounts())),
                                        below == RollupLevel.SELLER
                                                ? sizes.getOrDefault(id, 0L)
                                                : null)));
        return rows;
    }
}
