package no.kundeloft.pipeline;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.TimelineEntry;
import no.kundeloft.customer.TimelineKind;
import no.kundeloft.customer.TimelineSource;
import no.kundeloft.history.ChangeHistory;
import no.kundeloft.history.HistoryEntry;
import org.springframework.stereotype.Component;

/**
 * A customer's deals in its timeline: each deal opened, moved from stage to stage (from the deal's
 * kept history) and won or lost; everyone who may see deals and sees the customer sees its deals.
 */
@Component
class DealTimeline implements TimelineSource {

    private final EntityManager entityManager;
    private final ChangeHistory changeHistory;

    DealTimeline(EntityManager entityManager, ChangeHistory changeHistory) {
        this.entityManager = entityManager;
        this.changeHistory = changeHistory;
    }

    @Override
    public List<TimelineEntry> newest(Long customerId, Set<TimelineKind> kinds, int limit) {
        return entries(customerId, kinds).stream()
                .sorted(TimelineEntry.NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public long count(Long customerId, Set<TimelineKind> kinds) {
        return entries(customerId, kinds).size();
    }

    private List<TimelineEntry> entries(Long customerId, Set<TimelineKind> kinds) {
        if (!kinds.contains(TimelineKind.DEAL)) {
            return List.of();
        }
        List<Deal> deals =
                entityManager
                        .createQuery(
                                """
                        select d from Deal d join fetch d.owner join fetch d.stage where d.customer.id = :customer""",
                                Deal.class)
                        .setParameter("customer", customerId)
                        .getResultList();
        if (deals.isEmpty()) {
            return List.of();
        }
        Map<Long, Deal> byId =
                deals.stream().collect(Collectors.toMap(Deal::getId, Function.identity()));
        Map<String, DealStage> stagesByName =
                entityManager
                        .createQuery("select s from DealStage s", DealStage.class)
                        .getResultList()
                        .stream()
                        .collect(
                                Collectors.toMap(
                                        DealStage::getName, Function.identity(), (a, b) -> a));
        List<TimelineEntry> entries = new ArrayList<>();
        for (Deal deal : deals) {
            entries.add(
                    line(
                            deal,
                            deal.getOpenedOn(),
                            "timeline.deal.opened",
                            List.of(deal.getTitle(), deal.getYearlyValue()),
                            deal.getOwner().getFullName(),
                            null));
            if (deal.getClosedOn() != null) {
                entries.add(
                        line(
                                deal,
                                deal.getClosedOn(),
                                "timeline.deal." + deal.getStage().getOutcome().name(),
                                List.of(deal.getTitle(), deal.getYearlyValue()),
                                deal.getOwner().getFullName(),
                                deal.getCloseReason()));
            }
        }
        for (HistoryEntry change : changeHistory.ofRelated(Deal.class, "customer", customerId)) {
            Deal deal = byId.get(change.recordId());
            change.changes().stream()
                    .filter(c -> c.field().equals("stage") && c.from() != null)
                    .findFirst()
                    .ifPresent(
                            moved -> {
                                DealStage to = stagesByName.get(Objects.toString(moved.to(), null));
                                if (deal != null
                                        && (to == null || to.getOutcome() == StageOutcome.OPEN)) {
                                    entries.add(
                                            new TimelineEntry(
                                                    TimelineKind.DEAL,
                                                    change.at(),
                                                    "timeline.deal.moved",
                                                    List.of(
                                                            deal.getTitle(),
                                                            stageWord(stagesByName, moved.from()),
                                                            stageWord(stagesByName, moved.to())),
                                                    null,
                                                    change.byName(),
                                                    link(deal)));
                                }
                            });
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    private static Object stageWord(Map<String, DealStage> stagesByName, Object name) {
        DealStage stage = stagesByName.get(Objects.toString(name, null));
        return stage != null && stage.getCode() != null
                ? new TimelineEntry.Word("stage." + stage.getCode())
                : Objects.toString(name, "");
    }

    private static TimelineEntry line(
            Deal deal, LocalDate day, String key, List<Object> arguments, String by, String text) {
        return new TimelineEntry(
                TimelineKind.DEAL,
                day.atStartOfDay(Formats.ZONE).toInstant(),
                key,
                arguments,
                text,
                by,
                link(deal));
    }

    private static String link(Deal deal) {
        return "pipeline?deal=" + deal.getId();
    }
}
