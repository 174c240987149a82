package com.baokao.catalogue;

/** How a region confirms applications: proofs uploaded online, or the printed form checked on site. */
public enum ConfirmationMode {
    ONLINE,
    ON_SITE
}
