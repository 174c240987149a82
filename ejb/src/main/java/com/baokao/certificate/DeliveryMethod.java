package com.baokao.certificate;

/** How a candidate receives the certificate (seed 002): self pick-up at the site, or by post, cash on delivery. */
public enum DeliveryMethod {
    PICKUP,
    POST
}
