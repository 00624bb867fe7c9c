package org.gapflow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gapflow.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** "Specify training" refuses text longer than its columns in the service, named by field. */
class TrainingRequestLimitsTest {

    @Test
    void everyTextOfTheRequestIsHeldToItsColumn() {
        TrainingService.validate(request("o".repeat(TrainingSpecification.OBJECTIVE_LENGTH),
                "p".repeat(TrainingSpecification.PROVIDER_LENGTH), "d".repeat(CostLine.DESCRIPTION_LENGTH)));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> TrainingService.validate(
                request("o".repeat(TrainingSpecification.OBJECTIVE_LENGTH + 1),
                        "p".repeat(TrainingSpecification.PROVIDER_LENGTH + 1), "d".repeat(CostLine.DESCRIPTION_LENGTH + 1))));

        assertThat(refused.fieldMessages()).containsOnlyKeys("objectiveBehaviour", "provider", "costLines[0].description")
                .containsEntry("provider", "Shorten this text to 200 characters or fewer.");
    }

    private static TrainingRequest request(String behaviour, String provider, String costDescription) {
        LocalDate start = LocalDate.now().plusDays(7);
        return new TrainingRequest(behaviour, "with the knowledge base", "80 % first-call resolution", "classroom",
                provider, 3, start, start.plusDays(2), new BigDecimal("1800"), 12, "1,2,3,4", "L3: 80 %",
                List.of(new CostLine("fees", costDescription, new BigDecimal("1200"))));
    }
}
