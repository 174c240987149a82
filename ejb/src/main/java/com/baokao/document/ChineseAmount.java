package com.baokao.document;

import com.baokao.platform.Money;

/**
 * An amount in Chinese capital numerals (大写金额) as receipts and cheques print it, following the usual rules of
 * the 支付结算办法: 元 or 角 ends with 整, a gap of zeros reads as one 零 (壹仟元零伍分, 壹万零伍拾元整).
 */
public final class ChineseAmount {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] IN_SECTION = {"", "拾", "佰", "仟"};
    private static final String[] SECTIONS = {"", "万", "亿", "万亿"};
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1000};

    private ChineseAmount() {
    }

    public static String of(Money amount) {
        long fen = amount.fen();
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder s = new StringBuilder();
        if (yuan > 0 || (jiao == 0 && cents == 0)) {
            s.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return s.append('整').toString();
        }
        if (jiao > 0) {
            s.append(DIGITS[jiao]).append('角');
        } else if (yuan > 0) {
            s.append('零');
        }
        if (cents > 0) {
            s.append(DIGITS[cents]).append('分');
        } else {
            s.append('整');
        }
        return s.toString();
    }

    private static String integer(long n) {
        if (n == 0) {
            return "零";
        }
        int[] sections = new int[SECTIONS.length];
        int count = 0;
        for (long rest = n; rest > 0; rest /= 10000) {
            if (count == sections.length) {
                throw new IllegalArgumentException("amount too large: " + n);
            }
            sections[count++] = (int) (rest % 10000);
        }
        StringBuilder s = new StringBuilder();
        boolean zero = false;
        for (int i = count - 1; i >= 0; i--) {
            int v = sections[i];
            if (v == 0) {
                zero = s.length() > 0;
                continue;
            }
            if (s.length() > 0 && (zero || v < 1000)) {
                s.append('零');
            }
            s.append(section(v)).append(SECTIONS[i]);
            zero = false;
        }
        return s.toString();
    }

    /** 1..9999 without leading 零; inner gaps read as one 零. */
    private static String section(int v) {
        StringBuilder s = new StringBuilder();
        boolean zero = false;
        for (int pos = 3; pos >= 0; pos--) {
            int d = v / POWERS_OF_TEN[pos] % 10;
            if (d == 0) {
                zero = s.length() > 0;
            } else {
                if (zero) {
                    s.append('零');
                }
                s.append(DIGITS[d]).append(IN_SECTION[pos]);
                zero = false;
            }
        }
        return s.toString();
    }
}
