package no.kundeloft.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.base.events.InMemoryNodeEvents;
import org.junit.jupiter.api.Test;

class NotificationBroadcasterTest {

    @Test
    void only_the_recipients_pages_hear_of_a_notification_until_they_close() {
        NotificationRepository notifications = mock(NotificationRepository.class);
        when(notifications.countUnread(1L)).thenReturn(3L, 4L);
        NotificationBroadcaster broadcaster =
                new NotificationBroadcaster(new InMemoryNodeEvents(), notifications);
        List<Long> heard = new ArrayList<>();
        Registration page = broadcaster.register(1L, heard::add);
        broadcaster.register(2L, unread -> heard.add(-unread));
        broadcaster.changed(1L);
        assertThat(heard).containsExactly(3L);
        page.remove();
        broadcaster.changed(1L);
        assertThat(heard).containsExactly(3L);
        broadcaster.changed(5L);
        verify(notifications, never()).countUnread(5L);
    }
}
