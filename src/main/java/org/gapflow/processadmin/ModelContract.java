package org.gapflow.processadmin;

import java.io.ByteArrayInputStream;
import java.net.MalformedURLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.gapflow.workflow.ContractBean;
import org.gapflow.workflow.ProcessContract;
import org.gapflow.workflow.WorkflowContract;

/**
 * GapFlow's contract with a BPMN model, as the features declare it ({@link ProcessContract}; processes/README.md): every user task's form key names a page
 * of the application, delegates and listeners are CDI beans by name, the variables expressions read are
 * provided by someone, candidate groups are GapFlow roles, durations parse as ISO-8601, and the steps
 * running cases wait in are kept.
 */
@ApplicationScoped
public class ModelContract {

    private static final Pattern FORM_KEY = Pattern.compile("app:tasks/([a-z0-9-]+)\\.xhtml");
    private static final Pattern DURATION_PROPERTY = Pattern.compile(".*(Reminder|Due|Delay)|followUpDate");
    private static final Pattern CYCLE_PROPERTY = Pattern.compile(".*RetryCycle");
    private static final String DEFAULTS_LISTENER = WorkflowContract.PROCESS_DATA_DEFAULTS;

    @Inject
    ServletContext servletContext;

    @Inject
    RepositoryService repositoryService;

    public List<CheckMessage> check(ModelFile file) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        List<CheckMessage> found = new ArrayList<>();
        Set<String> provided = providedNames(model);
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkForm(task, found);
            checkGroups(task, found);
            checkReads(task, provided, found, task.getCamundaAssignee(), task.getCamundaCandidateUsers(),
                    task.getCamundaCandidateGroups());
            checkDate(task, task.getCamundaDueDate(), provided, found);
            checkDate(task, task.getCamundaFollowUpDate(), provided, found);
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            checkDelegate(task, task.getCamundaClass(), task.getCamundaDelegateExpression(), task.getCamundaExpression(),
                    provided, found);
        }
        for (SendTask task : model.getModelElementsByType(SendTask.class)) {
            checkDelegate(task, task.getCamundaClass(), task.getCamundaDelegateExpression(), task.getCamundaExpression(),
                    provided, found);
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            checkDecision(task, found);
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            checkDelegate(owner(listener), listener.getCamundaClass(), listener.getCamundaDelegateExpression(),
                    listener.getCamundaExpression(), provided, found);
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            checkDelegate(owner(listener), listener.getCamundaClass(), listener.getCamundaDelegateExpression(),
                    listener.getCamundaExpression(), provided, found);
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            checkTimer(timer, provided, found);
        }
        for (CamundaFailedJobRetryTimeCycle cycle : model.getModelElementsByType(CamundaFailedJobRetryTimeCycle.class)) {
            checkCycle(owner(cycle), cycle.getTextContent(), provided, found);
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getConditionExpression() != null) {
                checkReads(flow, provided, found, flow.getConditionExpression().getTextContent());
            }
        }
        for (CamundaInputParameter input : model.getModelElementsByType(CamundaInputParameter.class)) {
            checkReads(owner(input), provided, found, input.getTextContent());
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            checkDefaults(process, found);
            checkKeptSteps(process, model, found);
        }
        return found;
    }

    private void checkForm(UserTask task, List<CheckMessage> found) {
        String key = task.getCamundaFormKey();
        if (key == null || key.isBlank()) {
            found.add(error(task, "check.contract.formKeyMissing"));
            return;
        }
        Matcher matcher = FORM_KEY.matcher(key.trim());
        if (!matcher.matches()) {
            found.add(error(task, "check.contract.formKeyFormat", key));
        } else if (!pageExists("/app/tasks/" + matcher.group(1) + ".xhtml")) {
            found.add(error(task, "check.contract.formPageMissing", key, "/app/tasks/" + matcher.group(1) + ".xhtml"));
        }
        // a declared step's page completes it with the declared variables: another page would not
        ProcessContract.current().step(task.getId()).filter(step -> !step.formKey().equals(key.trim()))
                .ifPresent(step -> found.add(error(task, "check.contract.formKeyNotDeclared", step.id(), step.formKey(),
                        key.trim())));
    }

    private boolean pageExists(String path) {
        try {
            return servletContext.getResource(path) != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }

    private static void checkGroups(UserTask task, List<CheckMessage> found) {
        String groups = task.getCamundaCandidateGroups();
        if (groups == null) {
            return;
        }
        for (String group : groups.split(",")) {
            String id = group.trim();
            if (!id.isEmpty() && !ContractVariables.isExpression(id)
                    && !ProcessContract.current().groups().contains(id)) {
                found.add(error(task, "check.contract.groupUnknown", id, roleIds()));
            }
        }
    }

    private void checkDelegate(BaseElement element, String className, String delegateExpression, String expression,
                               Set<String> provided, List<CheckMessage> found) {
        if (className != null && !className.isBlank()) {
            found.add(error(element, "check.contract.classNotAllowed", className));
        }
        if (delegateExpression != null && !delegateExpression.isBlank()) {
            String bean = ContractVariables.plainName(delegateExpression);
            if (bean == null) {
                checkReads(element, provided, found, delegateExpression);
            } else if (!isBean(bean)) {
                found.add(error(element, "check.contract.beanUnknown", bean));
            } else {
                checkInputs(element, bean, found);
            }
        }
        if (expression != null && !expression.isBlank()) {
            for (String name : ContractVariables.rootNames(expression)) {
                if (!isBean(name) && !provided.contains(name) && !ContractVariables.BUILT_IN.contains(name)) {
                    found.add(error(element, "check.contract.beanUnknown", name));
                }
            }
        }
    }

    private static void checkInputs(BaseElement element, String bean, List<CheckMessage> found) {
        List<String> needed = ProcessContract.current().bean(bean).map(ContractBean::inputs).orElse(List.of());
        Set<String> given = new HashSet<>();
        for (CamundaInputParameter input : element.getModelInstance().getModelElementsByType(CamundaInputParameter.class)) {
            if (owner(input) == element) {
                given.add(input.getCamundaName());
            }
        }
        if (!needed.isEmpty() && needed.stream().noneMatch(given::contains)) {
            found.add(error(element, "check.contract.inputMissing", bean, String.join(" / ", needed)));
        }
    }

    private void checkDecision(BusinessRuleTask task, List<CheckMessage> found) {
        String key = task.getCamundaDecisionRef();
        if (key == null || ContractVariables.isExpression(key)) {
            if (key == null && task.getCamundaClass() != null) {
                found.add(error(task, "check.contract.classNotAllowed", task.getCamundaClass()));
            }
            return;
        }
        if (repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() == 0) {
            found.add(error(task, "check.contract.decisionUnknown", key));
        }
    }

    private void checkReads(BaseElement element, Set<String> provided, List<CheckMessage> found, String... texts) {
        for (String text : texts) {
            for (String name : ContractVariables.rootNames(text)) {
                if (!provided.contains(name) && !ContractVariables.BUILT_IN.contains(name) && !isBean(name)) {
                    found.add(error(element, "check.contract.variableUnknown", name));
                }
            }
        }
    }

    private void checkDate(BaseElement element, String value, Set<String> provided, List<CheckMessage> found) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (ContractVariables.isExpression(value)) {
            checkReads(element, provided, found, value);
        } else if (!IsoDurations.isDuration(value) && !IsoDurations.isDateTime(value)) {
            found.add(error(element, "check.contract.durationInvalid", value));
        }
    }

    private void checkTimer(TimerEventDefinition timer, Set<String> provided, List<CheckMessage> found) {
        BaseElement event = owner(timer);
        if (timer.getTimeDuration() != null) {
            checkValue(event, timer.getTimeDuration().getTextContent(), IsoDurations::isDuration, provided, found);
        }
        if (timer.getTimeDate() != null) {
            checkValue(event, timer.getTimeDate().getTextContent(), IsoDurations::isDateTime, provided, found);
        }
        if (timer.getTimeCycle() != null) {
            checkCycle(event, timer.getTimeCycle().getTextContent(), provided, found);
        }
    }

    private void checkCycle(BaseElement element, String value, Set<String> provided, List<CheckMessage> found) {
        checkValue(element, value, IsoDurations::isCycle, provided, found);
    }

    private void checkValue(BaseElement element, String value, java.util.function.Predicate<String> parses,
                            Set<String> provided, List<CheckMessage> found) {
        if (ContractVariables.isExpression(value)) {
            checkReads(element, provided, found, value);
        } else if (!parses.test(value)) {
            found.add(error(element, "check.contract.durationInvalid", value == null ? "" : value.trim()));
        }
    }

    /** Durations the process declares as defaults must parse, and only the defaults listener sets them. */
    private static void checkDefaults(Process process, List<CheckMessage> found) {
        Collection<CamundaProperty> properties = process.getModelInstance().getModelElementsByType(CamundaProperty.class)
                .stream().filter(p -> owner(p) == process).toList();
        for (CamundaProperty property : properties) {
            String name = property.getCamundaName();
            String value = property.getCamundaValue();
            if (name == null) {
                continue;
            }
            if (DURATION_PROPERTY.matcher(name).matches() && !IsoDurations.isDuration(value)) {
                found.add(error(process, "check.contract.propertyInvalid", name, value));
            } else if (CYCLE_PROPERTY.matcher(name).matches() && !IsoDurations.isCycle(value)) {
                found.add(error(process, "check.contract.propertyInvalid", name, value));
            }
        }
        boolean listens = process.getModelInstance().getModelElementsByType(CamundaExecutionListener.class).stream()
                .anyMatch(l -> owner(l) == process && "start".equals(l.getCamundaEvent())
                        && DEFAULTS_LISTENER.equals(ContractVariables.plainName(l.getCamundaDelegateExpression())));
        if (!properties.isEmpty() && !listens) {
            found.add(error(process, "check.contract.defaultsListenerMissing", DEFAULTS_LISTENER));
        }
    }

    /** Steps and events of the current version that the revision drops: cases waiting there cannot migrate. */
    private void checkKeptSteps(Process process, BpmnModelInstance model, List<CheckMessage> found) {
        ProcessDefinition latest = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(process.getId()).latestVersion().singleResult();
        if (latest == null) {
            return;
        }
        BpmnModelInstance current = repositoryService.getBpmnModelInstance(latest.getId());
        for (UserTask task : current.getModelElementsByType(UserTask.class)) {
            if (!(model.getModelElementById(task.getId()) instanceof UserTask)) {
                found.add(CheckMessage.warning(CheckMessage.Stage.CONTRACT, task.getId(), "check.contract.stepRemoved",
                        task.getId(), latest.getVersion()));
            }
        }
        for (Event event : current.getModelElementsByType(Event.class)) {
            if (model.getModelElementById(event.getId()) == null) {
                found.add(CheckMessage.warning(CheckMessage.Stage.CONTRACT, event.getId(), "check.contract.stepRemoved",
                        event.getId(), latest.getVersion()));
            }
        }
    }

    private Set<String> providedNames(BpmnModelInstance model) {
        Set<String> names = new HashSet<>(ContractVariables.PROVIDED_BY_GAPFLOW);
        model.getModelElementsByType(CamundaProperty.class).forEach(p -> names.add(p.getCamundaName()));
        model.getModelElementsByType(CamundaInputParameter.class).forEach(p -> names.add(p.getCamundaName()));
        model.getModelElementsByType(CamundaOutputParameter.class).forEach(p -> names.add(p.getCamundaName()));
        model.getModelElementsByType(BusinessRuleTask.class).forEach(t -> names.add(t.getCamundaResultVariable()));
        model.getModelElementsByType(ServiceTask.class).forEach(t -> names.add(t.getCamundaResultVariable()));
        names.remove(null);
        return names;
    }

    /** Only declared beans: a model may not reach any other @Named bean, such as a page's. */
    private static boolean isBean(String name) {
        return ProcessContract.current().isBean(name);
    }

    /** The BPMN element a Camunda extension belongs to (a listener's task, a timer's event). */
    static BaseElement owner(ModelElementInstance element) {
        ModelElementInstance current = element.getParentElement();
        while (current != null) {
            if (current instanceof BaseElement base && !(current instanceof org.camunda.bpm.model.bpmn.instance.ExtensionElements)
                    && base.getId() != null) {
                return base;
            }
            current = current.getParentElement();
        }
        return null;
    }

    private static CheckMessage error(BaseElement element, String key, Object... args) {
        return CheckMessage.error(CheckMessage.Stage.CONTRACT, element == null ? null : element.getId(), key, args);
    }

    private static String roleIds() {
        return String.join(", ", ProcessContract.current().groups());
    }
}
