package com.baokao.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentSignatureTest {

    private static final String KEY = "merchant-key";

    private static Map<String, String> notification() {
        Map<String, String> p = new HashMap<>();
        p.put("merchant", "BAOKAO");
        p.put("orderNo", "P202611250001");
        p.put("amountFen", "35000");
        p.put("status", "PAID");
        p.put("transactionId", "T1");
        return p;
    }

    @Test
    void aKnownVectorIsStable() {
        // HMAC-SHA256("merchant-key", "amountFen=35000&merchant=BAOKAO&orderNo=P202611250001&status=PAID&transactionId=T1")
        // computed independently: python3 hmac.new(b"merchant-key", b"amountFen=...", hashlib.sha256).hexdigest()
        assertThat(PaymentSignature.sign(notification(), KEY))
                .isEqualTo("fc0b10ad08cc0241d927a491988cdd5880d54112ac8c2d96bc30754c75179de7");
    }

    @Test
    void aSignedMessageVerifiesWhateverTheOrderOfItsParameters() {
        assertThat(PaymentSignature.verify(PaymentSignature.signed(notification(), KEY), KEY)).isTrue();
    }

    @Test
    void emptyValuesAndTheSignItselfAreNotSigned() {
        Map<String, String> withEmpty = notification();
        withEmpty.put("note", "");
        withEmpty.put("sign", "whatever");
        assertThat(PaymentSignature.sign(withEmpty, KEY)).isEqualTo(PaymentSignature.sign(notification(), KEY));
    }

    @Test
    void tamperingOrAnotherKeyOrNoSignIsRefused() {
        Map<String, String> signed = new HashMap<>(PaymentSignature.signed(notification(), KEY));
        assertThat(PaymentSignature.verify(signed, "another-key")).isFalse();
        signed.put("amountFen", "1");
        assertThat(PaymentSignature.verify(signed, KEY)).isFalse();
        assertThat(PaymentSignature.verify(notification(), KEY)).isFalse();
        Map<String, String> upper = new HashMap<>(PaymentSignature.signed(notification(), KEY));
        upper.put("sign", upper.get("sign").toUpperCase());
        assertThat(PaymentSignature.verify(upper, KEY)).as("hex case does not matter").isTrue();
    }
}
