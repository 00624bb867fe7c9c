package org.gapflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The read API over the features' declarations, and what a broken declaration does. */
class ProcessContractTest {

    private static FeatureContract feature(List<ContractStep> steps, List<ContractVariable> variables,
                                           List<ContractBean> beans) {
        return new FeatureContract() {
            @Override
            public List<ContractStep> steps() {
                return steps;
            }

            @Override
            public List<ContractVariable> variables() {
                return variables;
            }

            @Override
            public List<ContractBean> beans() {
                return beans;
            }
        };
    }

    @Test
    void readsEveryFeaturesDeclarationTogether() {
        ContractBean budget = new ContractBean("budget", ContractBean.Use.DELEGATE, Set.of("left"), List.of());
        ProcessContract contract = ProcessContract.of(List.of(
                feature(List.of(ContractStep.of("Pay", "app:tasks/pay.xhtml", "amount")),
                        List.of(ContractVariable.of("amount", Double.class), ContractVariable.personal("payee", String.class)),
                        List.of(budget)),
                new WorkflowContract()));

        assertThat(contract.step("Pay")).map(ContractStep::formKey).contains("app:tasks/pay.xhtml");
        assertThat(contract.variableNames()).contains("amount", "payee", "caseId", "escalated");
        assertThat(contract.variable("payee")).map(ContractVariable::personal).contains(true);
        assertThat(contract.isBean("budget")).isTrue();
        assertThat(contract.allowedMethods("budget")).containsExactly("left");
        assertThat(contract.allowedMethods("taskEscalation")).isEmpty();
        assertThat(contract.allowedMethods("noSuchBean")).isEmpty();
        assertThat(contract.bean("taskEscalation")).map(ContractBean::inputs)
                .contains(List.of("escalateToUser", "escalateToGroup"));
        assertThat(contract.executionMembers()).contains("processInstanceId").doesNotContain("getVariable");
    }

    @Test
    void aNameDeclaredTwiceStopsTheApplication() {
        FeatureContract one = feature(List.of(), List.of(ContractVariable.of("caseId", Long.class)), List.of());
        assertThatThrownBy(() -> ProcessContract.of(List.of(new WorkflowContract(), one)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("variable caseId is declared twice");
        FeatureContract bean = feature(List.of(), List.of(), List.of(ContractBean.delegate("taskReminder")));
        assertThatThrownBy(() -> ProcessContract.of(List.of(new WorkflowContract(), bean)))
                .hasMessageContaining("bean taskReminder is declared twice");
    }

    @Test
    void aStepMaySetOnlyDeclaredVariables() {
        FeatureContract step = feature(List.of(ContractStep.of("Pay", "app:tasks/pay.xhtml", "nobodyDeclaredThis")),
                List.of(), List.of());
        assertThatThrownBy(() -> ProcessContract.of(List.of(step)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nobodyDeclaredThis");
    }

    @Test
    void theApplicationsContractComesFromEveryFeature() {
        ProcessContract contract = ProcessContract.current();
        assertThat(contract.step("IdentifyGaps")).isPresent();
        assertThat(contract.step("AnalyseCauses")).isPresent();
        assertThat(contract.step("EvaluateResults")).isPresent();
        assertThat(contract.groups()).contains("manager", "hr", "hr-lead", "process-owner", "admin");
        assertThat(contract.variables()).filteredOn(ContractVariable::personal).extracting(ContractVariable::name)
                .containsExactlyInAnyOrder("manager", "managersManager", "approvalComments", "escalatedTo");
    }
}
