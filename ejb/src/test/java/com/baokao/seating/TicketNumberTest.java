package com.baokao.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketNumberTest {

    @Test
    void exam_region_andAZeroPaddedSequence_likeTheRegistrationSerialNumber() {
        TicketNumber number = new TicketNumber("HM2026B", "50", 1);
        assertThat(number.toString()).isEqualTo("HM2026B-50-00000001");
        assertThat(new TicketNumber("SE2026", "110101", 12_345_678).toString()).isEqualTo("SE2026-110101-12345678");
        assertThat(TicketNumber.MAX_SEQUENCE).isEqualTo(99_999_999L);
    }

    @Test
    void roundTrips() {
        for (TicketNumber n : new TicketNumber[] {new TicketNumber("HM2026B", "50", 1), new TicketNumber("SE2026", "110101", 99_999_999),
                new TicketNumber("HM-2026-B", "500106", 42), new TicketNumber("a_b", "X_1", 7)}) {
            assertThat(TicketNumber.parse(n.toString())).isEqualTo(n);
        }
    }

    @Test
    void aSessionCodeMayHoldHyphens_theRegionCodeIsTheLastCodeBeforeTheSequence() {
        TicketNumber n = TicketNumber.parse("HM-2026-B-500106-00000042");
        assertThat(n.sessionCode()).isEqualTo("HM-2026-B");
        assertThat(n.regionCode()).isEqualTo("500106");
        assertThat(n.sequence()).isEqualTo(42);
    }

    @Test
    void typedInputIsTrimmedAndFullWidthCharactersAreRead() {
        assertThat(TicketNumber.parse("  ＨＭ２０２６Ｂ－５０－００００００１２\n")).isEqualTo(new TicketNumber("HM2026B", "50", 12));
        assertThat(TicketNumber.tryParse(" SE2026-11-00000003 ")).contains(new TicketNumber("SE2026", "11", 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "HM2026B", "HM2026B-50", "HM2026B-00000001", "HM2026B-50-1", "HM2026B-50-0000001",
            "HM2026B-50-000000001", "HM2026B-50-00000000", "HM2026B-50-0000000x", "HM 2026B-50-00000001", "HM2026B--00000001",
            "-50-00000001", "HM2026B-5 0-00000001", "HM2026B-50-00000001-", "HM2026B/50/00000001", "报考-50-00000001",
            "ABCDEFGHIJKLMNOPQRSTU-50-00000001", "HM2026B-50-+0000001", "HM2026B-50-٠٠٠٠٠٠٠١"})
    void malformedNumbersAreRefused(String text) {
        assertThat(TicketNumber.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> TicketNumber.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullIsRefused() {
        assertThat(TicketNumber.tryParse(null)).isEmpty();
        assertThatThrownBy(() -> TicketNumber.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partsOutsideTheRulesAreRefused() {
        assertThatThrownBy(() -> new TicketNumber("HM2026B", "50", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketNumber("HM2026B", "50", 100_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketNumber("HM2026B", "50-01", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region");
        assertThatThrownBy(() -> new TicketNumber("", "50", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketNumber("HM 2026", "50", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketNumber(null, "50", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketNumber("HM2026B", null, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
