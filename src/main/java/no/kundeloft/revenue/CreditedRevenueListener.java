package no.kundeloft.revenue;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Objects;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerOwnership;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hears Hibernate write revenue months, ownership periods and customers, and notes in the
 * transaction what {@link CreditedRevenue} must sum again: the customer of a revenue month, the
 * seller of an ownership period, a customer whose won date changed. The sums run in Hibernate's
 * last step before the commit (where Envers writes its history too), on the same connection. Writes
 * that bypass the entities (the data set's batches) rebuild the table.
 */
@Component
public class CreditedRevenueListener
        implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final EntityManagerFactory entityManagerFactory;

    CreditedRevenueListener(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @PostConstruct
    void register() {
        EventListenerRegistry registry =
                entityManagerFactory
                        .unwrap(SessionFactoryImplementor.class)
                        .getEventListenerRegistry();
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    /**
     * What the session's transaction changed so far, or null (kept per session: a nested
     * transaction has its own).
     */
    static CreditedRevenue.Pending existing(Object session) {
        return (CreditedRevenue.Pending)
                TransactionSynchronizationManager.getResource(new Key(session));
    }

    private record Key(Object session) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.session == session;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(session);
        }
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        noted(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        noted(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof Customer customer) {
            int since = event.getPersister().getPropertyIndex("customerSince");
            if (event.getOldState() == null
                    || !Objects.equals(event.getOldState()[since], event.getState()[since])) {
                pending(event.getSession()).customer(customer.getId());
            }
            return;
        }
        noted(event.getEntity(), event.getSession());
    }

    private void noted(Object entity, SharedSessionContractImplementor session) {
        if (entity instanceof RevenueEntry entry) {
            pending(session).customer(entry.getCustomerId());
        } else if (entity instanceof CustomerOwnership period) {
            pending(session).owner(period.getOwner().getId());
        }
    }

    /**
     * Notes sellers whose credited months must be summed again, for writes that bypass the entities
     * (a merge of customers).
     */
    static void noteOwners(SharedSessionContractImplementor session, List<Long> owners) {
        CreditedRevenue.Pending pending = pending(session);
        owners.forEach(pending::owner);
    }

    /**
     * The transaction's notes, made on first use with the step that applies them before the commit.
     */
    private static CreditedRevenue.Pending pending(SharedSessionContractImplementor session) {
        CreditedRevenue.Pending pending = existing(session);
        if (pending != null) {
            return pending;
        }
        CreditedRevenue.Pending created = new CreditedRevenue.Pending();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Key key = new Key(session);
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            TransactionSynchronizationManager.unbindResourceIfPossible(key);
                        }
                    });
        }
        session.getTransactionCompletionCallbacks()
                .registerCallback(
                        (TransactionCompletionCallbacks.BeforeCompletionCallback)
                                done -> done.doWork(created::applyTo));
        return created;
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
