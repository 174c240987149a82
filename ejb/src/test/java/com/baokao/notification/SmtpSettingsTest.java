package com.baokao.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpSettingsTest {

    private static Optional<SmtpSettings> read(Map<String, String> config) {
        return SmtpSettings.read(key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void noHostNoSmtp() {
        assertThat(read(Map.of())).isEmpty();
        assertThat(read(Map.of(SmtpSettings.HOST, "  ", SmtpSettings.FROM, "noreply@exam.example.cn"))).isEmpty();
    }

    @Test
    void starttlsOnPort587AndModestTimeoutsByDefault() {
        SmtpSettings settings = read(Map.of(SmtpSettings.HOST, "smtp.example.cn", SmtpSettings.FROM, "noreply@exam.example.cn"))
                .orElseThrow();

        assertThat(settings.security()).isEqualTo(SmtpSettings.Security.STARTTLS);
        assertThat(settings.port()).isEqualTo(587);
        assertThat(settings.username()).isNull();
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
        Properties session = settings.sessionProperties();
        assertThat(session).containsEntry("mail.smtp.host", "smtp.example.cn").containsEntry("mail.smtp.port", "587")
                .containsEntry("mail.smtp.starttls.enable", "true").containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true").containsEntry("mail.smtp.socketFactory.fallback", "false")
                .containsEntry("mail.smtp.auth", "false")
                .containsEntry("mail.smtp.connectiontimeout", "10000").containsEntry("mail.smtp.timeout", "30000")
                .containsEntry("mail.smtp.writetimeout", "30000");
    }

    @Test
    void everySettingIsHonoured() {
        SmtpSettings settings = read(Map.of(SmtpSettings.HOST, "smtp.example.cn", SmtpSettings.PORT, "2465",
                SmtpSettings.SECURITY, "TLS", SmtpSettings.USERNAME, "mailer", SmtpSettings.PASSWORD, " pass word ",
                SmtpSettings.FROM, "报考平台 <noreply@exam.example.cn>", SmtpSettings.CONNECT_TIMEOUT, "3",
                SmtpSettings.TIMEOUT, "7")).orElseThrow();

        assertThat(settings).isEqualTo(new SmtpSettings("smtp.example.cn", 2465, SmtpSettings.Security.TLS, "mailer",
                " pass word ", "报考平台 <noreply@exam.example.cn>", Duration.ofSeconds(3), Duration.ofSeconds(7)));
        Properties session = settings.sessionProperties();
        assertThat(session).containsEntry("mail.smtp.ssl.enable", "true").containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.port", "2465").containsEntry("mail.smtp.connectiontimeout", "3000")
                .containsEntry("mail.smtp.timeout", "7000").containsEntry("mail.smtp.writetimeout", "7000")
                .doesNotContainKey("mail.smtp.starttls.enable");
        assertThat(settings.toString()).contains("smtp.example.cn:2465", "tls", "mailer").doesNotContain("pass word");
    }

    @Test
    void eachSecurityHasItsUsualPort() {
        assertThat(read(Map.of(SmtpSettings.HOST, "relay", SmtpSettings.SECURITY, "none", SmtpSettings.FROM, "a@b.cn"))
                .orElseThrow()).satisfies(s -> {
                    assertThat(s.port()).isEqualTo(25);
                    assertThat(s.sessionProperties()).containsEntry("mail.smtp.starttls.enable", "false")
                            .doesNotContainKey("mail.smtp.ssl.enable").doesNotContainKey("mail.smtp.ssl.checkserveridentity");
                });
        assertThat(read(Map.of(SmtpSettings.HOST, "relay", SmtpSettings.SECURITY, "tls", SmtpSettings.FROM, "a@b.cn"))
                .orElseThrow().port()).isEqualTo(465);
    }

    @Test
    void aHostWithBrokenSettingsSaysWhichSetting() {
        assertThatThrownBy(() -> read(Map.of(SmtpSettings.HOST, "smtp.example.cn")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SmtpSettings.FROM);
        assertThatThrownBy(() -> read(Map.of(SmtpSettings.HOST, "smtp.example.cn", SmtpSettings.FROM, "a@b.cn",
                SmtpSettings.SECURITY, "ssl"))).hasMessageContaining(SmtpSettings.SECURITY);
        assertThatThrownBy(() -> read(Map.of(SmtpSettings.HOST, "smtp.example.cn", SmtpSettings.FROM, "a@b.cn",
                SmtpSettings.PORT, "smtp"))).hasMessageContaining(SmtpSettings.PORT);
        assertThatThrownBy(() -> read(Map.of(SmtpSettings.HOST, "smtp.example.cn", SmtpSettings.FROM, "a@b.cn",
                SmtpSettings.PORT, "70000"))).hasMessageContaining(SmtpSettings.PORT);
        assertThatThrownBy(() -> read(Map.of(SmtpSettings.HOST, "smtp.example.cn", SmtpSettings.FROM, "a@b.cn",
                SmtpSettings.TIMEOUT, "0"))).hasMessageContaining(SmtpSettings.TIMEOUT);
        assertThatThrownBy(() -> read(Map.of(SmtpSettings.HOST, "smtp.example.cn", SmtpSettings.FROM, "a@b.cn",
                SmtpSettings.PASSWORD, "secret"))).hasMessageContaining(SmtpSettings.USERNAME);
    }
}
