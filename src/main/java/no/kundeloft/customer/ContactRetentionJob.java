package no.kundeloft.customer;

import no.kundeloft.base.RetentionPeriods;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every night, blanks the history of contacts removed longer ago than the retention period. */
@Component
class ContactRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(ContactRetentionJob.class);

    private final ContactErasure erasure;
    private final RetentionPeriods retention;

    ContactRetentionJob(ContactErasure erasure, RetentionPeriods retention) {
        this.erasure = erasure;
        this.retention = retention;
    }

    @Scheduled(cron = "0 20 3 * * *", zone = "Europe/Oslo")
    @Transactional
    public void run() {
        int versions = erasure.eraseRemovedBefore(retention.removedContacts());
        if (versions > 0) {
            log.info(
                    "Retention: blanked {} history versions of contacts removed more than {} ago",
                    versions,
                    retention.removedContacts());
        }
    }
}
