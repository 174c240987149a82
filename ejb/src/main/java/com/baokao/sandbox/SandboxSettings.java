package com.baokao.sandbox;

import com.baokao.platform.PlatformSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HexFormat;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The sandbox's switch, its merchant and its key. Without {@code baokao.payment.key} the key is a random one the
 * platform keeps in its database, so every node and every restart agree and nothing secret is committed; both the
 * sandbox and Baokao's side of the protocol read the same configuration, so they always sign alike.
 */
@ApplicationScoped
public class SandboxSettings {

    public static final String ENABLED = "baokao.sandbox.enabled";
    public static final String MERCHANT = "baokao.payment.merchant";
    public static final String KEY = "baokao.payment.key";
    static final String SECRET_NAME = "sandbox.payment.key";

    @Inject
    PlatformSecrets secrets;

    private static Config config() {
        return ConfigProvider.getConfig();
    }

    public boolean enabled() {
        return config().getOptionalValue(ENABLED, Boolean.class).orElse(false);
    }

    public String merchant() {
        return config().getOptionalValue(MERCHANT, String.class).filter(m -> !m.isBlank()).orElse("BAOKAO");
    }

    public String key() {
        return config().getOptionalValue(KEY, String.class).filter(k -> !k.isBlank())
                .orElseGet(() -> HexFormat.of().formatHex(secrets.key(SECRET_NAME)));
    }
}
