package com.baokao.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Chooses the one active {@link MessageGateway}: SMTP when {@code baokao.mail.smtp.host} is configured, otherwise the
 * server log (the demo's default). The gateways themselves are plain classes, not beans, so nothing else can be
 * injected by mistake. The choice is made when the first message is delivered and is said in the log at start-up.
 */
@ApplicationScoped
public class MessageGateways {

    private static final Logger LOG = Logger.getLogger(MessageGateways.class.getName());

    @Inject
    Clock clock;

    @Produces
    @ApplicationScoped
    MessageGateway gateway() {
        return choose(configuration(), clock);
    }

    /** @throws IllegalArgumentException when an SMTP host is configured with missing or malformed settings */
    static MessageGateway choose(Function<String, Optional<String>> property, Clock clock) {
        return SmtpSettings.read(property)
                .<MessageGateway>map(settings -> new SmtpMessageGateway(settings, clock))
                .orElseGet(LogMessageGateway::new);
    }

    /** A wrong setting does not stop the platform: until it is corrected, messages fail and are retried. */
    void sayWhichAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            LOG.info("E-mail goes to " + choose(configuration(), clock));
        } catch (IllegalArgumentException e) {
            LOG.severe("E-mail cannot be sent until the SMTP settings are corrected: " + e.getMessage());
        }
    }

    private static Function<String, Optional<String>> configuration() {
        return key -> ConfigProvider.getConfig().getOptionalValue(key, String.class);
    }
}
