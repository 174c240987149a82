package com.baokao.payment;

import com.baokao.platform.PlatformSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HexFormat;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Baokao's merchant account at the payment provider: merchant id and signing key from configuration
 * ({@code baokao.payment.merchant}, {@code baokao.payment.key}). Without a configured key a random one is kept in
 * the database, which suits the sandbox provider (it reads the same setting); a real provider needs the key it issued.
 */
@ApplicationScoped
public class PaymentSettings {

    public static final String MERCHANT = "baokao.payment.merchant";
    public static final String KEY = "baokao.payment.key";
    static final String GENERATED_KEY = "payment.key";

    @Inject
    PlatformSecrets secrets;

    public String merchant() {
        return ConfigProvider.getConfig().getOptionalValue(MERCHANT, String.class).filter(m -> !m.isBlank()).orElse("BAOKAO");
    }

    public String key() {
        return ConfigProvider.getConfig().getOptionalValue(KEY, String.class).filter(k -> !k.isBlank())
                .orElseGet(() -> HexFormat.of().formatHex(secrets.key(GENERATED_KEY)));
    }
}
