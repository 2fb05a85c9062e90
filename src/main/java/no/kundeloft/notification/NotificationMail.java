package no.kundeloft.notification;

import java.util.Locale;
import no.kundeloft.base.i18n.Translations;
import no.kundeloft.organisation.Employee;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail of a committed notification, for a recipient who chose e-mail for its kind and has an
 * address: in their language, with a link to the record. Sent off the user's request, so a slow
 * mail server slows nobody.
 */
@Component
class NotificationMail {

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final MailOutbox outbox;
    private final Translations translations;
    private final TaskExecutor executor;
    private final TransactionTemplate readOnly;
    private final String baseUrl;

    NotificationMail(
            NotificationRepository notifications,
            NotificationPreferenceRepository preferences,
            MailOutbox outbox,
            Translations translations,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            PlatformTransactionManager transactions,
            @Value("${kundeloft.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.outbox = outbox;
        this.translations = translations;
        this.executor = executor;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    void sendIfWanted(Long notificationId) {
        executor.execute(
                () -> {
                    Mail mail = readOnly.execute(status -> compose(notificationId));
                    if (mail != null) {
                        outbox.send(mail.to(), mail.subject(), mail.body());
                    }
                });
    }

    private Mail compose(Long notificationId) {
        Notification notification = notifications.findById(notificationId).orElse(null);
        if (notification == null) {
            return null;
        }
        Employee recipient = notification.getRecipient();
        if (recipient.getEmail() == null
                || !recipient.isActive()
                || !preferences.wantsEmail(recipient.getId(), notification.getKind())) {
            return null;
        }
        Locale locale = Translations.forLanguageTag(recipient.getPreferredLanguage());
        locale = locale == null ? Translations.NORWEGIAN : locale;
        String text =
                translations.getTranslation(
                        NotificationTexts.key(notification.getKind()),
                        locale,
                        NotificationTexts.arguments(
                                notification.getActorName(),
                                notification.getSubject(),
                                notification.getSubjectAt(),
                                locale));
        StringBuilder body = new StringBuilder(text).append("\n\n");
        if (notification.getDetail() != null) {
            body.append(notification.getDetail()).append("\n\n");
        }
        if (notification.getLink() != null) {
            body.append(baseUrl).append(notification.getLink()).append("\n\n");
        }
        body.append(translations.getTranslation("notification.mail.footer", locale));
        return new Mail(
                recipient.getEmail(),
                translations.getTranslation("app.name", locale) + ": " + text,
                body.toString());
    }

    private record Mail(String to, String subject, String body) {}
}
