package com.baokao.certificate;

import java.io.Serializable;

/** What the candidate chose: the method, and for {@link DeliveryMethod#POST} the address and phone. */
public record DeliveryChoice(DeliveryMethod method, String recipient, String phone, String province, String city,
                             String district, String detail, String postcode) implements Serializable {

    public static DeliveryChoice pickup() {
        return new DeliveryChoice(DeliveryMethod.PICKUP, null, null, null, null, null, null, null);
    }
}
