package org.gapflow.workflow;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Start listener {@code ${processDataDefaults}}: every extension property declared on the process
 * ({@code <camunda:property name="hrApprovalDue" value="P5D"/>}) becomes a process variable of that
 * name, unless the case was started with a value for it. So the process owner changes a duration in the
 * model (Modeler, "Extension properties" of the process) and a caller can still override it per case.
 * Values are strings, as written in the model.
 */
@Named(WorkflowContract.PROCESS_DATA_DEFAULTS)
@ApplicationScoped
public class ProcessDataDefaults implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        Process process = execution.getBpmnModelInstance().getModelElementById(processKey);
        ExtensionElements extensions = process == null ? null : process.getExtensionElements();
        if (extensions == null) {
            return;
        }
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            apply(properties.getCamundaProperties(), execution);
        }
    }

    private static void apply(Collection<CamundaProperty> properties, DelegateExecution execution) {
        for (CamundaProperty property : properties) {
            String name = property.getCamundaName();
            if (name != null && !name.isBlank() && !execution.hasVariable(name)) {
                execution.setVariable(name, property.getCamundaValue());
            }
        }
    }
}
