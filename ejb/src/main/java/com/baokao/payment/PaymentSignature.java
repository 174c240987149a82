package com.baokao.payment;

import com.baokao.platform.Hmac;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The provider protocol's signature (docs/payment-protocol.md): HMAC-SHA256 with the merchant key over the
 * parameters except {@code sign}, sorted by name, {@code name=value} joined by {@code &}, empty values left out.
 */
public final class PaymentSignature {

    public static final String SIGN = "sign";

    private PaymentSignature() {
    }

    public static String sign(Map<String, String> parameters, String key) {
        String canonical = new TreeMap<>(parameters).entrySet().stream()
                .filter(e -> !SIGN.equals(e.getKey()) && e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        return HexFormat.of().formatHex(
                Hmac.sha256(key.getBytes(StandardCharsets.UTF_8), canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** True when {@code parameters} carry a valid {@code sign}; compared in constant time. */
    public static boolean verify(Map<String, String> parameters, String key) {
        String given = parameters.get(SIGN);
        if (given == null || given.isEmpty()) {
            return false;
        }
        return Hmac.same(sign(parameters, key), given.toLowerCase(java.util.Locale.ROOT));
    }

    /** A copy of {@code parameters} with its {@code sign} added. */
    public static Map<String, String> signed(Map<String, String> parameters, String key) {
        Map<String, String> copy = new TreeMap<>(parameters);
        copy.put(SIGN, sign(parameters, key));
        return copy;
    }
}
