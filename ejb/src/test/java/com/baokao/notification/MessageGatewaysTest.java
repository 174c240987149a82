package com.baokao.notification;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageGatewaysTest {

    private static MessageGateway choose(Map<String, String> config) {
        return MessageGateways.choose(key -> Optional.ofNullable(config.get(key)), Clock.systemUTC());
    }

    @Test
    void theServerLogWithoutAnSmtpHost() {
        assertThat(choose(Map.of())).isInstanceOf(LogMessageGateway.class);
        assertThat(choose(Map.of(SmtpSettings.FROM, "noreply@exam.example.cn"))).isInstanceOf(LogMessageGateway.class);
    }

    @Test
    void smtpWhenAHostIsConfigured() {
        MessageGateway gateway = choose(Map.of(SmtpSettings.HOST, "smtp.example.cn", SmtpSettings.FROM, "noreply@exam.example.cn"));

        assertThat(gateway).isInstanceOf(SmtpMessageGateway.class);
        assertThat(gateway.toString()).contains("smtp.example.cn:587", "starttls");
    }

    @Test
    void anSmtpHostWithoutASenderIsAnError() {
        assertThatThrownBy(() -> choose(Map.of(SmtpSettings.HOST, "smtp.example.cn")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SmtpSettings.FROM);
    }
}
