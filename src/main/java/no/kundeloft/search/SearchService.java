package no.kundeloft.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kundeloft.base.LikePatterns;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.RecentItem;
import no.kundeloft.organisation.RecentItemService;
import no.kundeloft.organisation.RecentKind;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.pipeline.Deal;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import no.kundeloft.visit.Visit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds customers (name, organisation number), contacts (name, phone number, e-mail), people,
 * visits (purpose, customer) and deals (title) as one types, each within the user's record scope as
 * the feature's own pages read them: a meeting booker finds no deals and no people and only the
 * visits she booked. A few hits per kind.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class SearchService {

    /** Shorter text finds too much to be useful. */
    public static final int MIN_LENGTH = 2;

    /** A phone number is found from this many digits on. */
    private static final int MIN_DIGITS = 4;

    /** Norwegian numbers have eight digits; "+47 …" and "0047 …" are found by their last eight. */
    private static final int NATIONAL_DIGITS = 8;

    private final EntityManager entityManager;
    private final OrganisationService organisation;
    private final RecentItemService recentItems;
    private final CurrentUser currentUser;

    SearchService(
            EntityManager entityManager,
            OrganisationService organisation,
            RecentItemService recentItems,
            CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.organisation = organisation;
        this.recentItems = recentItems;
        this.currentUser = currentUser;
    }

    /**
     * Up to {@code perKind} hits of each kind for the text, grouped by kind; nothing for text
     * shorter than {@link #MIN_LENGTH}.
     */
    public List<SearchHit> search(String text, int perKind) {
        String typed = text == null ? "" : text.strip();
        if (typed.length() < MIN_LENGTH) {
            return List.of();
        }
        Who who = who();
        String pattern = LikePatterns.containing(typed);
        String digits = typed.replaceAll("\\D", "");
        if (digits.length() > NATIONAL_DIGITS && typed.matches("^(\\+|00).*")) {
            digits = digits.substring(digits.length() - NATIONAL_DIGITS);
        }
        String digitPattern = digits.length() >= MIN_DIGITS ? "%" + digits + "%" : null;
        List<SearchHit> hits = new ArrayList<>();
        hits.addAll(customers(who, pattern, digitPattern, perKind));
        hits.addAll(contacts(who, pattern, digitPattern, perKind));
        hits.addAll(people(who, pattern, perKind));
        hits.addAll(visits(who, pattern, perKind));
        hits.addAll(deals(who, pattern, perKind));
        return hits;
    }

    /**
     * The records the user opened last that are still in scope, newest first, with their names as
     * they are now.
     */
    public List<SearchHit> recent() {
        List<RecentItem> items = recentItems.mine();
        if (items.isEmpty()) {
            return List.of();
        }
        Who who = who();
        Map<String, SearchHit> found = new HashMap<>();
        customersById(who, ids(items, RecentKind.CUSTOMER))
                .forEach(hit -> found.put(RecentKind.CUSTOMER + ":" + hit.id(), hit));
        visitsById(who, ids(items, RecentKind.VISIT))
                .forEach(hit -> found.put(RecentKind.VISIT + ":" + hit.id(), hit));
        dealsById(who, ids(items, RecentKind.DEAL))
                .forEach(hit -> found.put(RecentKind.DEAL + ":" + hit.id(), hit));
        return items.stream()
                .map(item -> found.get(item.getKind() + ":" + item.getRecordId()))
                .filter(hit -> hit != null)
                .toList();
    }

    private record Who(KundeloftUser user, RecordScope scope) {

        boolean booker() {
            return user.role() == SalesRole.MEETING_BOOKER;
        }
    }

    private Who who() {
        return new Who(currentUser.require(), organisation.currentScope());
    }

    private static List<Long> ids(List<RecentItem> items, RecentKind kind) {
        return items.stream()
                .filter(item -> item.getKind() == kind)
                .map(RecentItem::getRecordId)
                .toList();
    }

    private List<SearchHit> customers(Who who, String pattern, String digitPattern, int limit) {
        String match =
                digitPattern == null
                        ? "lower(c.name) like :q escape '\\'"
                        : "(lower(c.name) like :q escape '\\' or c.orgNumber like :digits)";
        TypedQuery<Customer> query =
                bound(
                                who,
                                entityManager.createQuery(
                                        "select c from Customer c join fetch c.owner o where "
                                                + match
                                                + " and "
                                                + who.scope().jpql("o")
                                                + " order by c.name",
                                        Customer.class))
                        .setParameter("q", pattern);
        if (digitPattern != null) {
            query.setParameter("digits", digitPattern);
        }
        return query.setMaxResults(limit).getResultList().stream()
                .map(SearchService::customerHit)
                .toList();
    }

    private List<SearchHit> customersById(Who who, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return bound(
                        who,
                        entityManager.createQuery(
                                "select c from Customer c join fetch c.owner o where c.id in :ids and "
                                        + who.scope().jpql("o"),
                                Customer.class))
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .map(SearchService::customerHit)
                .toList();
    }

    private static SearchHit customerHit(Customer c) {
        return new SearchHit(
                SearchKind.CUSTOMER,
                c.getId(),
                c.getName(),
                (c.getOrgNumber() == null ? "" : c.getOrgNumber() + " · ")
                        + c.getOwner().getFullName(),
                null,
                "customers/" + c.getId());
    }

    private List<SearchHit> contacts(Who who, String pattern, String digitPattern, int limit) {
        String match =
                "lower(k.fullName) like :q escape '\\' or lower(k.email) like :q escape '\\'"
                        + (digitPattern == null ? "" : " or k.phoneDigits like :digits");
        TypedQuery<Contact> query =
                bound(
                                who,
                                entityManager.createQuery(
                                        "select k from Contact k join fetch k.customer c join c.owner o"
                                                + " where ("
                                                + match
                                                + ") and "
                                                + who.scope().jpql("o")
                                                + " order by k.fullName",
                                        Contact.class))
                        .setParameter("q", pattern);
        if (digitPattern != null) {
            query.setParameter("digits", digitPattern);
        }
        return query.setMaxResults(limit).getResultList().stream()
                .map(
                        k ->
                                new SearchHit(
                                        SearchKind.CONTACT,
                                        k.getId(),
                                        k.getFullName(),
                                        String.join(
                                                " · ",
                                                nonBlank(
                                                        k.getCustomer().getName(),
                                                        k.getPhone(),
                                                        k.getEmail())),
                                        null,
                                        "customers/" + k.getCustomer().getId()))
                .toList();
    }

    private List<SearchHit> people(Who who, String pattern, int limit) {
        if (who.booker()) {
            return List.of();
        }
        return bound(
                        who,
                        entityManager.createQuery(
                                """
                        select e from Employee e left join fetch e.team where e.active = true and lower(e.fullName) like :q escape '\\'
                        and (e.id = :me or exists (select 1 from Employee s where s = e and %s)) order by e.fullName"""
                                        .formatted(who.scope().jpql("s")),
                                Employee.class))
                .setParameter("q", pattern)
                .setParameter("me", who.user().employeeId())
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(
                        e ->
                                new SearchHit(
                                        SearchKind.PERSON,
                                        e.getId(),
                                        e.getFullName(),
                                        e.getTeam() == null ? "" : e.getTeam().getName(),
                                        null,
                                        "attainment/seller/" + e.getId()))
                .toList();
    }

    private List<SearchHit> visits(Who who, String pattern, int limit) {
        return visitQuery(
                        who,
                        "(lower(v.purpose) like :q escape '\\' or lower(c.name) like :q escape '\\')")
                .setParameter("q", pattern)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(SearchService::visitHit)
                .toList();
    }

    private List<SearchHit> visitsById(Who who, Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : visitQuery(who, "v.id in :ids").setParameter("ids", ids).getResultList().stream()
                        .map(SearchService::visitHit)
                        .toList();
    }

    /**
     * Visits the user sees: hosted, joined or at a customer in scope; a booker's own bookings.
     * Newest first.
     */
    private TypedQuery<Visit> visitQuery(Who who, String match) {
        String visible =
                who.booker()
                        ? "v.bookedBy.id = :me"
                        : "(h.id = :me or exists (select 1 from VisitParticipant p where p.visit = v and p.employee.id = :me) or "
                                + who.scope().jpql("o")
                                + ")";
        TypedQuery<Visit> query =
                entityManager
                        .createQuery(
                                "select v from Visit v join fetch v.customer c join c.owner o"
                                        + " join fetch v.host h where "
                                        + match
                                        + " and "
                                        + visible
                                        + " order by v.startsAt desc",
                                Visit.class)
                        .setParameter("me", who.user().employeeId());
        return who.booker() ? query : who.scope().bind(query);
    }

    private static SearchHit visitHit(Visit v) {
        return new SearchHit(
                SearchKind.VISIT,
                v.getId(),
                v.getPurpose(),
                v.getCustomer().getName() + " · " + v.getHost().getFullName(),
                v.getStartsAt(),
                "visits/" + v.getId());
    }

    private List<SearchHit> deals(Who who, String pattern, int limit) {
        return dealQuery(who, "lower(d.title) like :q escape '\\'")
                .map(
                        q ->
                                q
                                        .setParameter("q", pattern)
                                        .setMaxResults(limit)
                                        .getResultList()
                                        .stream()
                                        .map(SearchService::dealHit)
                                        .toList())
                .orElse(List.of());
    }

    private List<SearchHit> dealsById(Who who, Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : dealQuery(who, "d.id in :ids")
                        .map(
                                q ->
                                        q.setParameter("ids", ids).getResultList().stream()
                                                .map(SearchService::dealHit)
                                                .toList())
                        .orElse(List.of());
    }

    /** Deals owned by someone in scope or at a customer in scope; none for a booker. */
    private Optional<TypedQuery<Deal>> dealQuery(Who who, String match) {
        if (who.booker()) {
            return Optional.empty();
        }
        return Optional.of(
                bound(
                        who,
                        entityManager.createQuery(
                                """
                select d from Deal d join fetch d.customer c join fetch d.owner o join fetch d.stage
                where %s and (exists (select 1 from Employee s where s = o and %s)
                  or exists (select 1 from Employee k where k = c.owner and %s)) order by d.title"""
                                        .formatted(
                                                match,
                                                who.scope().jpql("s"),
                                                who.scope().jpql("k")),
                                Deal.class)));
    }

    private static SearchHit dealHit(Deal d) {
        return new SearchHit(
                SearchKind.DEAL,
                d.getId(),
                d.getTitle(),
                d.getCustomer().getName() + " · " + d.getOwner().getFullName(),
                null,
                "pipeline?deal=" + d.getId());
    }

    private static <T> TypedQuery<T> bound(Who who, TypedQuery<T> query) {
        return who.scope().bind(query);
    }

    private static List<String> nonBlank(String... values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                kept.add(value);
            }
        }
        return kept;
    }
}
