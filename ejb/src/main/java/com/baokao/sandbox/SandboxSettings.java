package com.baokao.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    com.baokao.payment.PaymentSettings payment;

    private static Config config() {
        return ConfigProvider.getConfig();
    }

    public boolean enabled() {
        return config().getOptionalValue(ENABLED, Boolean.class).orElse(false);
    }

    /** The merchant and key are Baokao's payment settings: the sandbox plays the provider for that merchant. */
    public String merchant() {
        return payment.merchant();
    }

    public String key() {
        return payment.key();
    }
}
