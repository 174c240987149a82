/**
 * The sandbox payment provider's web face, under {@code /api/sandbox}: the protocol's REST resources and the
 * provider's own pay page (docs/payment-protocol.md). Every path answers 404 unless the sandbox is enabled.
 */
package com.baokao.web.sandbox;
