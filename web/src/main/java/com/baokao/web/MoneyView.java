package com.baokao.web;

import com.baokao.platform.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Amounts on pages: {@code #{money.of(a.totalFeeFen())}} shows ¥175.00, {@code #{money.of(fen).yuan()}} 175.00
 * for a column whose header names the unit. Only hands EL a {@link Money}; how it reads is decided there.
 */
@Named("money")
@ApplicationScoped
public class MoneyView {

    public Money of(long fen) {
        return Money.ofFen(fen);
    }
}
