package no.kundeloft.history;

import java.time.Clock;
import no.kundeloft.security.CurrentUser;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the signed-in user and the Clock bean's time. Envers creates it through
 * Spring (Hibernate's bean container), so it gets its collaborators by constructor.
 */
public class ChangeRevisionListener implements RevisionListener {

    private final Clock clock;

    /**
     * Stateless (it reads the security context), so made here: repository test slices have no such
     * bean.
     */
    private final CurrentUser currentUser = new CurrentUser();

    public ChangeRevisionListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void newRevision(Object revision) {
        ChangeRevision changeRevision = (ChangeRevision) revision;
        changeRevision.setChangedAtMillis(clock.millis());
        currentUser
                .get()
                .ifPresentOrElse(
                        user -> changeRevision.setChangedBy(user.username(), user.fullName()),
                        () ->
                                changeRevision.setChangedBy(
                                        ChangeRevision.SYSTEM, ChangeRevision.SYSTEM));
    }
}
