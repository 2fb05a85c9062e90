package no.kundeloft.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification's e-mail through the SMTP server configured with {@code spring.mail.host};
 * without one (the demo, a developer's machine) the e-mail is written to the log instead, so nobody
 * is mailed by accident.
 */
@Component
class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailOutbox(
            ObjectProvider<JavaMailSender> sender,
            @Value("${kundeloft.mail.from:kundeloft@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    void send(String to, String subject, String body) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            LOG.info(
                    "E-mail (no SMTP server configured, so written here) to {}: {}\n{}",
                    to,
                    subject,
                    body);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            smtp.send(message);
        } catch (MailException e) {
            // the notification is in the app all the same; the mail server's trouble is for the
            // operators
            LOG.warn("E-mail to {} could not be sent: {}", to, e.getMessage());
        }
    }
}
