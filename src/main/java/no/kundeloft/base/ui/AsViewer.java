package no.kundeloft.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Pushes a change to a page as the user who has the page open. A broadcast arrives on another
 * user's request thread (or none); the page's services must answer for its own viewer, so their
 * security context is put in place while the update runs, and the thread's own put back.
 */
public final class AsViewer {

    private AsViewer() {}

    /**
     * The command for {@link UI#access}, run as whoever is signed in now (call on the page's own
     * request).
     */
    public static Command of(Command update) {
        SecurityContext viewer = SecurityContextHolder.getContext();
        return () -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(viewer);
            try {
                update.execute();
            } finally {
                SecurityContextHolder.setContext(before);
            }
        };
    }
}
