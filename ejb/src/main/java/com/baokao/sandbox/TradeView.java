package com.baokao.sandbox;

import java.time.Instant;

/** A trade as the pages and resources see it; {@code status} is as of the moment it was read. */
public record TradeView(String tradeNo, String merchant, String orderNo, long amountFen, String subject,
                        String notifyUrl, String returnUrl, Instant expiresAt, SandboxTrade.Status status,
                        String transactionId, Instant paidAt) {

    static TradeView of(SandboxTrade trade, Instant now) {
        return new TradeView(trade.getTradeNo(), trade.getMerchant(), trade.getOrderNo(), trade.getAmountFen(),
                trade.getSubject(), trade.getNotifyUrl(), trade.getReturnUrl(), trade.getExpiresAt(),
                trade.statusAt(now), trade.getTransactionId(), trade.getPaidAt());
    }
}
