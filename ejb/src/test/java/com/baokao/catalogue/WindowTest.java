package com.baokao.catalogue;

import com.baokao.catalogue.Window.Phase;
import com.baokao.platform.BusinessTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowTest {

    private static final LocalDateTime OPENS = LocalDateTime.of(2026, 3, 1, 9, 0);
    private static final LocalDateTime CLOSES = LocalDateTime.of(2026, 3, 15, 17, 0);

    /** 09:00 Shanghai (UTC+8, no DST) is 01:00 UTC. */
    private static final Instant OPENS_UTC = Instant.parse("2026-03-01T01:00:00Z");
    /** 17:00 Shanghai is 09:00 UTC. */
    private static final Instant CLOSES_UTC = Instant.parse("2026-03-15T09:00:00Z");

    private TimeZone savedDefault;

    @BeforeEach
    void saveDefaultZone() {
        savedDefault = TimeZone.getDefault();
    }

    @AfterEach
    void restoreDefaultZone() {
        TimeZone.setDefault(savedDefault);
    }

    private static Window registration() {
        return Window.shanghai(OPENS, CLOSES);
    }

    @Test
    void businessZoneIsShanghai() {
        assertThat(BusinessTime.ZONE).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void shanghaiWallClockMapsToTheExpectedUtcInstants() {
        Window window = registration();

        assertThat(window.opensAt()).isEqualTo(OPENS_UTC);
        assertThat(window.closesAt()).isEqualTo(CLOSES_UTC);
        assertThat(Window.shanghaiInstant(OPENS)).isEqualTo(OPENS_UTC);
    }

    @Test
    void oneNanosecondBeforeOpeningIsNotYetOpen() {
        Window window = registration();
        Instant now = OPENS_UTC.minusNanos(1);

        assertThat(window.phaseAt(now)).isEqualTo(Phase.NOT_YET_OPEN);
        assertThat(window.isOpenAt(now)).isFalse();
    }

    @Test
    void longBeforeOpeningIsNotYetOpen() {
        Window window = registration();
        Instant now = Instant.parse("2025-12-31T00:00:00Z");

        assertThat(window.phaseAt(now)).isEqualTo(Phase.NOT_YET_OPEN);
        assertThat(window.isOpenAt(now)).isFalse();
    }

    @Test
    void exactlyAtOpeningIsOpen() {
        Window window = registration();

        assertThat(window.phaseAt(OPENS_UTC)).isEqualTo(Phase.OPEN);
        assertThat(window.isOpenAt(OPENS_UTC)).isTrue();
    }

    @Test
    void oneNanosecondBeforeClosingIsOpen() {
        Window window = registration();
        Instant now = CLOSES_UTC.minusNanos(1);

        assertThat(window.phaseAt(now)).isEqualTo(Phase.OPEN);
        assertThat(window.isOpenAt(now)).isTrue();
    }

    @Test
    void exactlyAtClosingIsClosed() {
        Window window = registration();

        assertThat(window.phaseAt(CLOSES_UTC)).isEqualTo(Phase.CLOSED);
        assertThat(window.isOpenAt(CLOSES_UTC)).isFalse();
    }

    @Test
    void afterClosingIsClosed() {
        Window window = registration();
        Instant oneNanoAfter = CLOSES_UTC.plusNanos(1);
        Instant muchLater = Instant.parse("2027-01-01T00:00:00Z");

        assertThat(window.phaseAt(oneNanoAfter)).isEqualTo(Phase.CLOSED);
        assertThat(window.isOpenAt(oneNanoAfter)).isFalse();
        assertThat(window.phaseAt(muchLater)).isEqualTo(Phase.CLOSED);
        assertThat(window.isOpenAt(muchLater)).isFalse();
    }

    @Test
    void theUtcInstantOfNineOClockShanghaiIsExactlyTheOpening() {
        Window window = registration();
        Instant nineShanghai = Instant.parse("2026-03-01T01:00:00Z");

        assertThat(window.opensAt()).isEqualTo(nineShanghai);
        assertThat(window.phaseAt(nineShanghai)).isEqualTo(Phase.OPEN);
        assertThat(window.phaseAt(nineShanghai.minusNanos(1))).isEqualTo(Phase.NOT_YET_OPEN);
    }

    @Test
    void serverDefaultZoneIsIrrelevant() {
        Window shanghaiServer = registration();
        Phase[] expected = phasesAroundBoundaries(shanghaiServer);

        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try {
            assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("America/New_York"));

            Window newYorkServer = Window.shanghai(OPENS, CLOSES);

            assertThat(newYorkServer).isEqualTo(shanghaiServer);
            assertThat(newYorkServer.opensAt()).isEqualTo(OPENS_UTC);
            assertThat(newYorkServer.closesAt()).isEqualTo(CLOSES_UTC);
            assertThat(newYorkServer.opensInShanghai()).isEqualTo(OPENS);
            assertThat(newYorkServer.closesInShanghai()).isEqualTo(CLOSES);
            assertThat(phasesAroundBoundaries(newYorkServer)).containsExactly(expected);
            assertThat(phasesAroundBoundaries(newYorkServer)).containsExactly(
                    Phase.NOT_YET_OPEN, Phase.OPEN, Phase.OPEN, Phase.CLOSED, Phase.CLOSED);
        } finally {
            TimeZone.setDefault(savedDefault);
        }
    }

    private static Phase[] phasesAroundBoundaries(Window window) {
        return new Phase[] {
                window.phaseAt(OPENS_UTC.minusNanos(1)),
                window.phaseAt(OPENS_UTC),
                window.phaseAt(CLOSES_UTC.minusNanos(1)),
                window.phaseAt(CLOSES_UTC),
                window.phaseAt(CLOSES_UTC.plusSeconds(3600)),
        };
    }

    @Test
    void aWindowClosingWhenItOpensIsRefused() {
        assertThatThrownBy(() -> Window.shanghai(OPENS, OPENS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Window(OPENS_UTC, OPENS_UTC))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReversedWindowIsRefused() {
        assertThatThrownBy(() -> Window.shanghai(CLOSES, OPENS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Window(OPENS_UTC, OPENS_UTC.minusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aOneNanosecondWindowIsAccepted() {
        Window window = new Window(OPENS_UTC, OPENS_UTC.plusNanos(1));

        assertThat(window.phaseAt(OPENS_UTC)).isEqualTo(Phase.OPEN);
        assertThat(window.phaseAt(OPENS_UTC.plusNanos(1))).isEqualTo(Phase.CLOSED);
    }

    @Test
    void missingEndsAreRefused() {
        assertThatThrownBy(() -> new Window(null, CLOSES_UTC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Window(OPENS_UTC, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wallClockTimesRoundTrip() {
        Window window = registration();

        assertThat(window.opensInShanghai()).isEqualTo(OPENS);
        assertThat(window.closesInShanghai()).isEqualTo(CLOSES);
    }

    @Test
    void beforeDeadlineIsTrueStrictlyBeforeIt() {
        Instant deadline = CLOSES_UTC;

        assertThat(Window.beforeDeadline(deadline, deadline.minusNanos(1))).isTrue();
        assertThat(Window.beforeDeadline(deadline, deadline.minusSeconds(86_400))).isTrue();
    }

    @Test
    void beforeDeadlineIsFalseAtTheDeadline() {
        assertThat(Window.beforeDeadline(CLOSES_UTC, CLOSES_UTC)).isFalse();
    }

    @Test
    void beforeDeadlineIsFalseAfterTheDeadline() {
        assertThat(Window.beforeDeadline(CLOSES_UTC, CLOSES_UTC.plusNanos(1))).isFalse();
        assertThat(Window.beforeDeadline(CLOSES_UTC, CLOSES_UTC.plusSeconds(86_400))).isFalse();
    }

    @Test
    void shanghaiMidnightBoundary() {
        Window window = Window.shanghai(OPENS, LocalDateTime.of(2026, 3, 16, 0, 0));
        Instant midnightShanghai = Instant.parse("2026-03-15T16:00:00Z");

        assertThat(window.closesAt()).isEqualTo(midnightShanghai);
        assertThat(window.phaseAt(Instant.parse("2026-03-15T16:00:00Z"))).isEqualTo(Phase.CLOSED);
        assertThat(window.isOpenAt(Instant.parse("2026-03-15T16:00:00Z"))).isFalse();
        assertThat(window.phaseAt(Instant.parse("2026-03-15T15:59:59.999999999Z"))).isEqualTo(Phase.OPEN);
        assertThat(window.isOpenAt(Instant.parse("2026-03-15T15:59:59.999999999Z"))).isTrue();
        assertThat(window.closesInShanghai()).isEqualTo(LocalDateTime.of(2026, 3, 16, 0, 0));
    }
}
