package com.baokao.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import javax.net.ssl.SSLSocketFactory;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends e-mail through an SMTP server (Jakarta Mail; Payara provides the implementation). Subject, body and the
 * sender's name are UTF-8, so Chinese arrives intact. Every failure before the server has accepted the message
 * (server down, refused login or recipient, timeout) throws, and the outbox tries again later; once accepted, the
 * message counts as sent. Each message's Message-ID comes from the outbox, so when an attempt ended in doubt (the
 * server took the message but the answer was lost) and is repeated, the receiving side sees the same message again.
 */
public class SmtpMessageGateway implements MessageGateway {

    private static final Logger LOG = Logger.getLogger(SmtpMessageGateway.class.getName());
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress from;
    private final Clock clock;

    public SmtpMessageGateway(SmtpSettings settings, Clock clock) {
        this(settings, clock, null);
    }

    /** @param socketFactory TLS sockets other than the JVM's default (tests trust their own server's certificate) */
    SmtpMessageGateway(SmtpSettings settings, Clock clock, SSLSocketFactory socketFactory) {
        this.settings = settings;
        this.clock = clock;
        this.from = sender(settings.from());
        Properties properties = settings.sessionProperties();
        if (socketFactory != null) {
            properties.put("mail.smtp.ssl.socketFactory", socketFactory);
        }
        this.session = Session.getInstance(properties);
    }

    @Override
    public void deliver(String messageKey, OutgoingMessage message) throws MessagingException {
        if (message.channel() != OutgoingMessage.Channel.EMAIL) {
            throw new MessagingException("The SMTP gateway sends e-mail only, not " + message.channel());
        }
        MimeMessage mime = new KeyedMimeMessage(session, messageId(messageKey));
        mime.setFrom(from);
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient(), true));
        mime.setSubject(message.subject(), UTF_8);
        mime.setText(message.body(), UTF_8);
        mime.setSentDate(Date.from(clock.instant()));
        // RFC 3834: an automatic message, so that out-of-office replies are not sent back to it
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.saveChanges();

        Transport transport = session.getTransport();
        try {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            transport.sendMessage(mime, mime.getAllRecipients());
        } finally {
            close(transport);
        }
    }

    /** {@code <key@domain of the sender>}: unique per outbox message, the same on every attempt at it. */
    String messageId(String messageKey) {
        if (!messageKey.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Not usable in a Message-ID: " + messageKey);
        }
        String address = from.getAddress();
        return "<" + messageKey + "@" + address.substring(address.lastIndexOf('@') + 1) + ">";
    }

    @Override
    public String toString() {
        return "the SMTP server " + settings;
    }

    /**
     * Once the server has taken the message, a failure to say goodbye must not turn the delivery into a failure:
     * the outbox would send it a second time.
     */
    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
        }
    }

    private static InternetAddress sender(String configured) {
        try {
            InternetAddress parsed = new InternetAddress(configured, true);
            parsed.validate();
            if (parsed.getAddress().indexOf('@') < 1) {
                throw new IllegalArgumentException(SmtpSettings.FROM + " needs a domain: " + configured);
            }
            // the display name (e.g. 报考平台) is encoded as UTF-8 whatever the JVM's default charset
            return parsed.getPersonal() == null ? parsed
                    : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException(SmtpSettings.FROM + " is not an e-mail address: " + configured, e);
        }
    }

    /** A message whose Message-ID is given rather than made up when it is saved. */
    private static final class KeyedMimeMessage extends MimeMessage {

        private final String messageId;

        KeyedMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
