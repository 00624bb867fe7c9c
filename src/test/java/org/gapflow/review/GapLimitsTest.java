package org.gapflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;

import org.gapflow.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The service refuses gap text longer than its column itself, field by field, whatever page sent it. */
class GapLimitsTest {

    @Test
    void textUpToTheColumnPassesOneMoreCharacterIsRefusedByField() {
        ReviewService.validate(List.of(gap("t".repeat(PerformanceGap.TITLE_LENGTH), "u".repeat(PerformanceGap.UNIT_LENGTH),
                "e".repeat(PerformanceGap.EVIDENCE_LENGTH))));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> ReviewService.validate(List.of(
                gap("Slow replies", "minutes", null),
                gap("t".repeat(PerformanceGap.TITLE_LENGTH + 1), "u".repeat(PerformanceGap.UNIT_LENGTH + 1),
                        "e".repeat(PerformanceGap.EVIDENCE_LENGTH + 1)))));

        assertThat(refused.fieldMessages()).containsOnlyKeys("gaps[1].title", "gaps[1].unit", "gaps[1].evidence")
                .containsEntry("gaps[1].title", "Shorten this text to 200 characters or fewer.")
                .containsEntry("gaps[1].evidence", "Shorten this text to 4000 characters or fewer.");
    }

    private static GapInput gap(String title, String unit, String evidence) {
        return new GapInput(title, new BigDecimal("80"), new BigDecimal("60"), unit, false, "First-call resolution",
                new BigDecimal("100"), evidence);
    }
}
