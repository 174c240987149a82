package com.baokao.notification;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Where e-mail goes: the SMTP server, how the connection is protected, the account and the sender, read from
 * MicroProfile Config ({@code baokao.mail.*}; environment variables such as {@code BAOKAO_MAIL_SMTP_HOST} work too).
 * Without {@code baokao.mail.smtp.host} there is no SMTP server and messages go to the server log.
 */
public record SmtpSettings(String host, int port, Security security, String username, String password, String from,
                           Duration connectTimeout, Duration timeout) {

    public static final String HOST = "baokao.mail.smtp.host";
    public static final String PORT = "baokao.mail.smtp.port";
    public static final String SECURITY = "baokao.mail.smtp.security";
    public static final String USERNAME = "baokao.mail.smtp.username";
    public static final String PASSWORD = "baokao.mail.smtp.password";
    public static final String FROM = "baokao.mail.from";
    public static final String CONNECT_TIMEOUT = "baokao.mail.smtp.connect-timeout-seconds";
    public static final String TIMEOUT = "baokao.mail.smtp.timeout-seconds";

    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** How the connection is protected; the default is STARTTLS, which refuses a server that does not offer it. */
    public enum Security {
        /** Plain text, for a relay on the same host or network (port 25). */
        NONE(25),
        /** Upgraded to TLS after connecting (port 587); a server that does not offer STARTTLS is refused. */
        STARTTLS(587),
        /** TLS from the first byte, "SMTPS" (port 465). */
        TLS(465);

        final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }
    }

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException(HOST + " is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(PORT + " must be between 1 and 65535, not " + port);
        }
        if (security == null) {
            throw new IllegalArgumentException(SECURITY + " is missing");
        }
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException(FROM + " must be set when " + HOST + " is");
        }
        if (password != null && username == null) {
            throw new IllegalArgumentException(PASSWORD + " is set without " + USERNAME);
        }
        requirePositive(connectTimeout, CONNECT_TIMEOUT);
        requirePositive(timeout, TIMEOUT);
    }

    /**
     * The settings from configuration, or empty when no SMTP host is configured.
     *
     * @param property a configuration lookup, such as {@code key -> config.getOptionalValue(key, String.class)}
     * @throws IllegalArgumentException when a host is configured but a setting is missing or malformed
     */
    public static Optional<SmtpSettings> read(Function<String, Optional<String>> property) {
        Function<String, Optional<String>> value = key -> property.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        Optional<String> host = value.apply(HOST);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        Security security = value.apply(SECURITY).map(SmtpSettings::security).orElse(Security.STARTTLS);
        int port = value.apply(PORT).map(p -> number(PORT, p)).orElse(security.defaultPort);
        return Optional.of(new SmtpSettings(host.get(), port, security, value.apply(USERNAME).orElse(null),
                property.apply(PASSWORD).filter(p -> !p.isEmpty()).orElse(null), value.apply(FROM).orElse(null),
                value.apply(CONNECT_TIMEOUT).map(s -> Duration.ofSeconds(number(CONNECT_TIMEOUT, s)))
                        .orElse(DEFAULT_CONNECT_TIMEOUT),
                value.apply(TIMEOUT).map(s -> Duration.ofSeconds(number(TIMEOUT, s))).orElse(DEFAULT_TIMEOUT)));
    }

    /**
     * The Jakarta Mail session properties: protocol, TLS, authentication and the timeouts. A connection that cannot
     * be made, or a server that stops answering, fails the attempt after the timeout instead of holding the outbox.
     */
    public Properties sessionProperties() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.auth", Boolean.toString(username != null));
        p.setProperty("mail.smtp.connectiontimeout", Long.toString(connectTimeout.toMillis()));
        p.setProperty("mail.smtp.timeout", Long.toString(timeout.toMillis()));
        p.setProperty("mail.smtp.writetimeout", Long.toString(timeout.toMillis()));
        switch (security) {
            case NONE -> p.setProperty("mail.smtp.starttls.enable", "false");
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
            }
            case TLS -> p.setProperty("mail.smtp.ssl.enable", "true");
        }
        if (security != Security.NONE) {
            // the certificate must be valid for the host (the JVM's trust store decides which issuers count),
            // and a failed handshake is a failed attempt, not a reason to try other sockets
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            p.setProperty("mail.smtp.socketFactory.fallback", "false");
        }
        return p;
    }

    /** For the log: everything but the password. */
    @Override
    public String toString() {
        return host + ":" + port + " (" + security.name().toLowerCase(Locale.ROOT) + ")"
                + (username == null ? "" : " as " + username) + ", from " + from;
    }

    private static Security security(String value) {
        try {
            return Security.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SECURITY + " must be none, starttls or tls, not " + value);
        }
    }

    private static int number(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not " + value);
        }
    }

    private static void requirePositive(Duration duration, String key) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(key + " must be at least 1");
        }
    }
}
