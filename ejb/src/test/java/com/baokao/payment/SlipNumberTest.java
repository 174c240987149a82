package com.baokao.payment;

import com.baokao.i18n.BaokaoException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SlipNumberTest {

    @Test
    void spacesAreDroppedAndLettersKeptInCapitals() {
        assertEquals("POS-0012", SlipNumber.normalise("  pos-0012 "));
    }

    @Test
    void anEmptySlipIsRequired() {
        assertEquals("desk.slip.required", assertThrows(BaokaoException.class, () -> SlipNumber.normalise(" ")).getMessageKey());
        assertEquals("desk.slip.required", assertThrows(BaokaoException.class, () -> SlipNumber.normalise(null)).getMessageKey());
    }

    @Test
    void onlyLettersDigitsAndHyphensUpToForty() {
        assertEquals("desk.slip.invalid", assertThrows(BaokaoException.class, () -> SlipNumber.normalise("A 1")).getMessageKey());
        assertEquals("desk.slip.invalid", assertThrows(BaokaoException.class, () -> SlipNumber.normalise("-A1")).getMessageKey());
        assertEquals("desk.slip.invalid", assertThrows(BaokaoException.class, () -> SlipNumber.normalise("单据1")).getMessageKey());
        assertEquals(40, SlipNumber.normalise("A".repeat(40)).length());
        assertThrows(BaokaoException.class, () -> SlipNumber.normalise("A".repeat(41)));
    }
}
