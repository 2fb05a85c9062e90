package no.kundeloft.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationBroadcasterTest {

    @Test
    void only_the_recipients_pages_hear_of_a_notification_until_they_close() {
        NotificationBroadcaster broadcaster = new NotificationBroadcaster();
        List<Long> heard = new ArrayList<>();
        Registration page = broadcaster.register(1L, heard::add);
        broadcaster.register(2L, unread -> heard.add(-unread));
        broadcaster.changed(1L, 3);
        assertThat(heard).containsExactly(3L);
        page.remove();
        broadcaster.changed(1L, 4);
        assertThat(heard).containsExactly(3L);
    }
}
