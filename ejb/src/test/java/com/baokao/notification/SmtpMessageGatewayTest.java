package com.baokao.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SMTP gateway against GreenMail, an SMTP server in this JVM, and against servers that misbehave on purpose. */
class SmtpMessageGatewayTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String FROM = "报考平台 <noreply@exam.example.cn>";
    private static final String SUBJECT = "密码重置验证码 / Password reset code";
    private static final String BODY = "您的验证码是 482913，10 分钟内有效。\n\nYour code is 482913, valid for 10 minutes. 𠀋";

    static {
        TestCertificate.install();
    }

    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(30_000);
        return setup;
    }

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            // a generous start-up wait: the SMTPS server's TLS set-up takes seconds on a busy 2-core machine
            new ServerSetup[] {patient(ServerSetupTest.SMTP.dynamicPort()), patient(ServerSetupTest.SMTPS.dynamicPort())})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer", "s3cret"));

    @Test
    void deliversChineseSubjectAndBodyWithTheOutboxMessageId() throws Exception {
        SmtpMessageGateway gateway = new SmtpMessageGateway(plain(MAIL.getSmtp().getPort()), CLOCK);

        gateway.deliver("outbox.4250.1772330400000", OutgoingMessage.email("lina@example.cn", SUBJECT, BODY));

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly("lina@example.cn");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("noreply@exam.example.cn");
        assertThat(from.getPersonal()).isEqualTo("报考平台");
        assertThat(mail.getSubject()).isEqualTo(SUBJECT);
        assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo(BODY);
        assertThat(mail.getMessageID()).isEqualTo("<outbox.4250.1772330400000@exam.example.cn>");
        assertThat(mail.getSentDate()).isEqualTo(Date.from(NOW));
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        // the headers themselves are 7-bit: encoded words, not raw UTF-8 that a relay might mangle
        assertThat(String.join("", mail.getHeader("Subject"))).isASCII();
        assertThat(String.join("", mail.getHeader("From"))).isASCII();
    }

    @Test
    void aRetryCarriesTheSameMessageIdAndAnotherMessageAnother() throws Exception {
        SmtpMessageGateway gateway = new SmtpMessageGateway(plain(MAIL.getSmtp().getPort()), CLOCK);
        OutgoingMessage message = OutgoingMessage.email("lina@example.cn", SUBJECT, BODY);

        gateway.deliver("outbox.50.1772330400000", message);
        gateway.deliver("outbox.50.1772330400000", message);
        gateway.deliver("outbox.51.1772330400000", message);

        assertThat(MAIL.getReceivedMessages()).extracting(MimeMessage::getMessageID).containsExactly(
                "<outbox.50.1772330400000@exam.example.cn>", "<outbox.50.1772330400000@exam.example.cn>",
                "<outbox.51.1772330400000@exam.example.cn>");
    }

    @Test
    void implicitTlsWithLogin() throws Exception {
        SmtpSettings settings = settings(MAIL.getSmtps().getPort(), SmtpSettings.Security.TLS, "mailer", "s3cret");
        // the production settings (certificate and host name checked); only the trusted issuer is the test's own
        SmtpMessageGateway gateway = new SmtpMessageGateway(settings, CLOCK, TestCertificate.trustingSocketFactory());

        gateway.deliver("outbox.7.1772330400000", OutgoingMessage.email("lina@example.cn", SUBJECT, BODY));

        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(MAIL.getReceivedMessages()[0].getSubject()).isEqualTo(SUBJECT);
    }

    @Test
    void aWrongPasswordThrowsSoTheOutboxRetries() {
        SmtpSettings settings = settings(MAIL.getSmtps().getPort(), SmtpSettings.Security.TLS, "mailer", "wrong");
        SmtpMessageGateway gateway = new SmtpMessageGateway(settings, CLOCK, TestCertificate.trustingSocketFactory());

        assertThatThrownBy(() -> gateway.deliver("outbox.7.1772330400000", OutgoingMessage.email("lina@example.cn", SUBJECT, BODY)))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aCertificateTheJvmDoesNotTrustIsRefused() {
        SmtpSettings settings = settings(MAIL.getSmtps().getPort(), SmtpSettings.Security.TLS, "mailer", "s3cret");
        SmtpMessageGateway gateway = new SmtpMessageGateway(settings, CLOCK);

        assertThatThrownBy(() -> gateway.deliver("outbox.7.1772330400000", OutgoingMessage.email("lina@example.cn", SUBJECT, BODY)))
                .isInstanceOf(MessagingException.class);
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void starttlsIsRequiredWhenConfigured() {
        // GreenMail's plain SMTP does not offer STARTTLS: the message must not go out in clear text
        SmtpSettings settings = settings(MAIL.getSmtp().getPort(), SmtpSettings.Security.STARTTLS, "mailer", "s3cret");
        SmtpMessageGateway gateway = new SmtpMessageGateway(settings, CLOCK, TestCertificate.trustingSocketFactory());

        assertThatThrownBy(() -> gateway.deliver("outbox.7.1772330400000", OutgoingMessage.email("lina@example.cn", SUBJECT, BODY)))
                .isInstanceOf(MessagingException.class).hasMessageContaining("STARTTLS");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatIsDownThrowsSoTheOutboxRetries() throws IOException {
        int port;
        try (ScriptedSmtpServer closed = new ScriptedSmtpServer(ScriptedSmtpServer.Script.SILENT)) {
            port = closed.port();
        }
        SmtpMessageGateway gateway = new SmtpMessageGateway(plain(port), CLOCK);

        assertThatThrownBy(() -> gateway.deliver("outbox.7.1772330400000", OutgoingMessage.email("lina@example.cn", SUBJECT, BODY)))
                .isInstanceOf(MessagingException.class);
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws IOException {
        try (ScriptedSmtpServer silent = new ScriptedSmtpServer(ScriptedSmtpServer.Script.SILENT)) {
            SmtpSettings settings = new SmtpSettings(silent.host(), silent.port(), SmtpSettings.Security.NONE, null, null,
                    FROM, Duration.ofSeconds(1), Duration.ofSeconds(1));
            SmtpMessageGateway gateway = new SmtpMessageGateway(settings, CLOCK);

            long started = System.nanoTime();
            assertThatThrownBy(() -> gateway.deliver("outbox.7.1772330400000", OutgoingMessage.email("lina@example.cn", SUBJECT, BODY)))
                    .isInstanceOf(MessagingException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aRefusedRecipientThrowsSoTheOutboxRetries() throws IOException {
        try (ScriptedSmtpServer refusing = new ScriptedSmtpServer(ScriptedSmtpServer.Script.REFUSE_RECIPIENTS)) {
            SmtpMessageGateway gateway = new SmtpMessageGateway(plain(refusing.host(), refusing.port()), CLOCK);

            assertThatThrownBy(() -> gateway.deliver("outbox.7.1772330400000", OutgoingMessage.email("nobody@example.cn", SUBJECT, BODY)))
                    .isInstanceOf(SendFailedException.class);
            assertThat(refusing.accepted).hasValue(0);
        }
    }

    @Test
    void aMessageTheServerTookIsSentEvenIfTheGoodbyeFails() throws Exception {
        try (ScriptedSmtpServer rude = new ScriptedSmtpServer(ScriptedSmtpServer.Script.ACCEPT_THEN_HANG_UP)) {
            SmtpMessageGateway gateway = new SmtpMessageGateway(plain(rude.host(), rude.port()), CLOCK);

            gateway.deliver("outbox.7.1772330400000", OutgoingMessage.email("lina@example.cn", SUBJECT, BODY));

            assertThat(rude.accepted).hasValue(1);
        }
    }

    @Test
    void anAddressThatIsNoAddressThrows() {
        SmtpMessageGateway gateway = new SmtpMessageGateway(plain(MAIL.getSmtp().getPort()), CLOCK);

        assertThatThrownBy(() -> gateway.deliver("outbox.7.1772330400000", OutgoingMessage.email("lina at example", SUBJECT, BODY)))
                .isInstanceOf(AddressException.class);
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void anSmsIsNotSentAsEmail() {
        SmtpMessageGateway gateway = new SmtpMessageGateway(plain(MAIL.getSmtp().getPort()), CLOCK);

        assertThatThrownBy(() -> gateway.deliver("outbox.7.1772330400000",
                new OutgoingMessage(OutgoingMessage.Channel.SMS, "13800138000", SUBJECT, BODY)))
                .isInstanceOf(MessagingException.class);
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void theSenderMustBeAnAddressWithADomain() {
        for (String from : new String[] {"noreply", "报考平台 <noreply>", "not an address <"}) {
            SmtpSettings settings = new SmtpSettings("127.0.0.1", 25, SmtpSettings.Security.NONE, null, null, from,
                    Duration.ofSeconds(1), Duration.ofSeconds(1));
            assertThatThrownBy(() -> new SmtpMessageGateway(settings, CLOCK)).as(from)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SmtpSettings.FROM);
        }
    }

    private static SmtpSettings plain(int port) {
        return plain(MAIL.getSmtp().getBindTo(), port);
    }

    private static SmtpSettings plain(String host, int port) {
        return new SmtpSettings(host, port, SmtpSettings.Security.NONE, null, null, FROM,
                Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    private static SmtpSettings settings(int port, SmtpSettings.Security security, String username, String password) {
        return new SmtpSettings(MAIL.getSmtp().getBindTo(), port, security, username, password, FROM,
                Duration.ofSeconds(5), Duration.ofSeconds(5));
    }
}
