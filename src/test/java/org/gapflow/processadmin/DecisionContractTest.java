package org.gapflow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** A decision reads contract variables only, and none that is personal. */
class DecisionContractTest {

    private final DecisionContract contract = new DecisionContract();

    @Test
    void theShippedDecisionsReadOnlyContractVariables() throws IOException {
        for (String name : new String[] {"approval-route.dmn", "solution-recommendation.dmn"}) {
            assertThat(contract.check(new ModelFile(name, Files.readAllBytes(Path.of("processes", name))))).as(name)
                    .isEmpty();
        }
    }

    @Test
    void anInputThatIsNoContractVariableIsRefusedAtItsInput() {
        String dmn = TestModels.routeDecision("route", 5).replace("<text>totalCost</text>", "<text>amount</text>");
        assertThat(contract.check(TestModels.file("route.dmn", dmn)))
                .extracting(CheckMessage::key, CheckMessage::elementId, CheckMessage::isError)
                .containsExactly(tuple("check.contract.decisionInputUnknown", "CostInput", true));
    }

    @Test
    void anExpressionInputIsHeldToTheContractNameByName() {
        String dmn = TestModels.routeDecision("route", 5)
                .replace("<text>totalCost</text>", "<text>remainingBudget - totalCost * factor</text>");
        assertThat(contract.check(TestModels.file("route.dmn", dmn))).singleElement()
                .satisfies(m -> assertThat(m.args()).containsExactly("factor"));
    }

    @Test
    void personalDataIsNoDecisionInput() {
        String dmn = TestModels.routeDecision("route", 5).replace("<text>totalCost</text>", "<text>approvalComments</text>");
        assertThat(contract.check(TestModels.file("route.dmn", dmn)))
                .extracting(CheckMessage::key).containsExactly("check.contract.decisionInputPersonal");
        String manager = TestModels.routeDecision("route", 5).replace("<text>totalCost</text>", "<text>manager</text>");
        assertThat(contract.check(TestModels.file("route.dmn", manager)))
                .extracting(CheckMessage::key).containsExactly("check.contract.decisionInputPersonal");
    }

    @Test
    void stringsAndKeywordsReadNoVariable() {
        assertThat(DecisionInputs.namesRead("if totalCost > 10 and not(gapClosed) then \"amount\" else null"))
                .containsExactly("totalCost", "gapClosed");
        assertThat(DecisionInputs.namesRead("${remainingBudget - totalCost}")).containsExactly("remainingBudget", "totalCost");
    }
}
