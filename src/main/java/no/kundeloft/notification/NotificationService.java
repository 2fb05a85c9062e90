package no.kundeloft.notification;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.kundeloft.organisation.People;
import no.kundeloft.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current user's notifications (how many are unread, the latest, marking them read) and which
 * also come by e-mail.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class NotificationService {

    private static final int LATEST = 20;

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final People people;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(
            NotificationRepository notifications,
            NotificationPreferenceRepository preferences,
            People people,
            CurrentUser currentUser,
            Clock clock) {
        this.people = people;
        this.notifications = notifications;
        this.preferences = preferences;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public long unreadCount() {
        return notifications.countUnread(currentUser.require().employeeId());
    }

    public List<NotificationItem> latest() {
        return notifications
                .findLatest(currentUser.require().employeeId(), PageRequest.of(0, LATEST))
                .stream()
                .map(NotificationItem::of)
                .toList();
    }

    @Transactional
    public void markAllRead() {
        notifications
                .findUnread(currentUser.require().employeeId())
                .forEach(n -> n.markRead(clock.instant()));
    }

    /** The kinds the user also gets by e-mail. */
    public Set<NotificationKind> emailKinds() {
        return preferences.findByEmployee(currentUser.require().employeeId()).stream()
                .map(NotificationPreference::getKind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NotificationKind.class)));
    }

    /** Chooses the kinds the user also gets by e-mail (the others come in the app only). */
    @Transactional
    public void chooseEmailKinds(Set<NotificationKind> kinds) {
        Long me = currentUser.require().employeeId();
        people.lock(List.of(me));
        preferences.deleteByEmployee(me);
        preferences.flush();
        kinds.forEach(kind -> preferences.save(new NotificationPreference(me, kind)));
    }
}
