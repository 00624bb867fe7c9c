package org.gapflow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ISO-8601 forms the contract check accepts for timers, due dates and process data. */
class IsoDurationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"P3D", "PT5M", "P1Y2M10DT2H30M", "PT0.5S", " P10D "})
    void durations(String value) {
        assertThat(IsoDurations.isDuration(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3D", "P3X", "P", "PT", "5 days", "", "R5/PT5M"})
    void notDurations(String value) {
        assertThat(IsoDurations.isDuration(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"R5/PT5M", "R/P1D", "R3/2026-01-01T09:00:00Z/P1D", "0 0 9 * * ?"})
    void cycles(String value) {
        assertThat(IsoDurations.isCycle(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"R5", "R5/5M", "PT5M", "every day"})
    void notCycles(String value) {
        assertThat(IsoDurations.isCycle(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01T09:00:00Z", "2026-03-01T09:00:00+01:00", "2026-03-01T09:00"})
    void dateTimes(String value) {
        assertThat(IsoDurations.isDateTime(value)).isTrue();
    }
}
