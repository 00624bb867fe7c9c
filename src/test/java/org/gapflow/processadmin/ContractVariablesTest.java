package org.gapflow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which names an expression reads: the contract check looks each up. */
class ContractVariablesTest {

    @Test
    void rootNamesSkipPropertiesMethodsAndStrings() {
        assertThat(ContractVariables.rootNames("${hrDecision == 'approved' && totalCost > limit.value}"))
                .containsExactly("hrDecision", "totalCost", "limit");
        assertThat(ContractVariables.rootNames("${execution.getVariable(\"x\")}")).containsExactly("execution");
        assertThat(ContractVariables.rootNames("#{bean.call(employeeId)}")).containsExactly("bean", "employeeId");
        assertThat(ContractVariables.rootNames("P3D")).isEmpty();
    }

    @Test
    void plainNames() {
        assertThat(ContractVariables.plainName("${taskReminder}")).isEqualTo("taskReminder");
        assertThat(ContractVariables.plainName(" #{ caseParticipants } ")).isEqualTo("caseParticipants");
        assertThat(ContractVariables.plainName("${a.b}")).isNull();
    }
}
