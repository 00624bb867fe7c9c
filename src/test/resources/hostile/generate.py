#!/usr/bin/env python3
"""Writes the hostile model corpus (run from this folder; the files are committed, this documents them).

Every expression site the engine evaluates, each with four payloads: reflection through getClass(),
class access through .class, a static call, and an undeclared method of a declared bean. The element
the check must name has the id "Hostile". MARKER stands for the path of a file the payload would
create; the test replaces it. Then Java hooks (class attributes, connectors) and DMN in JUEL.
"""
import os

PAYLOADS = {
    "reflection": "${''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('MARKER').createNewFile()}",
    "class-access": "${''.class.forName('java.io.File').getConstructor(''.class).newInstance('MARKER').createNewFile()}",
    "static-call": "${Runtime.getRuntime().exec('touch MARKER')}",
    "undeclared-method": "${trainingEnrolment.execute(execution)}",
}

BPMN = """<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions" targetNamespace="urn:gapflow:hostile">
{roots}  <process id="{process}" name="Hostile" isExecutable="true" camunda:historyTimeToLive="30">
{body}
  </process>
</definitions>
"""

def task(attrs="", inner=""):
    return f"""    <startEvent id="Start"/>
    <sequenceFlow id="ToHostile" sourceRef="Start" targetRef="Hostile"/>
    <userTask id="Hostile" name="Hostile" camunda:formKey="app:tasks/identify-gaps.xhtml"{attrs}>{inner}</userTask>
    <sequenceFlow id="ToEnd" sourceRef="Hostile" targetRef="End"/>
    <endEvent id="End"/>"""

def element(kind, attrs="", inner="", id="Hostile"):
    return f"""    <startEvent id="Start"/>
    <sequenceFlow id="ToHostile" sourceRef="Start" targetRef="{id}"/>
    <{kind} id="{id}" name="Hostile"{attrs}>{inner}</{kind}>
    <sequenceFlow id="ToEnd" sourceRef="{id}" targetRef="End"/>
    <endEvent id="End"/>"""

def ext(inner):
    return f"<extensionElements>{inner}</extensionElements>"

def timer_start(kind):
    return lambda p: f"""    <startEvent id="Hostile" name="Hostile"><timerEventDefinition id="HostileTimer"><{kind} xsi:type="tFormalExpression">{p}</{kind}></timerEventDefinition></startEvent>
    <sequenceFlow id="ToEnd" sourceRef="Hostile" targetRef="End"/>
    <endEvent id="End"/>"""

SITES = {
    "condition": lambda p: f"""    <startEvent id="Start"/>
    <sequenceFlow id="ToChoice" sourceRef="Start" targetRef="Choice"/>
    <exclusiveGateway id="Choice" default="Other"/>
    <sequenceFlow id="Hostile" sourceRef="Choice" targetRef="End"><conditionExpression xsi:type="tFormalExpression">{p}</conditionExpression></sequenceFlow>
    <sequenceFlow id="Other" sourceRef="Choice" targetRef="End"/>
    <endEvent id="End"/>""",
    "timer-date": timer_start("timeDate"),
    "timer-duration": lambda p: element("intermediateCatchEvent", inner=f'<timerEventDefinition id="HostileTimer"><timeDuration xsi:type="tFormalExpression">{p}</timeDuration></timerEventDefinition>'),
    "timer-cycle": timer_start("timeCycle"),
    "execution-listener-expression": lambda p: task(inner=ext(f'<camunda:executionListener event="start" expression="{p}"/>')),
    "execution-listener-delegate": lambda p: task(inner=ext(f'<camunda:executionListener event="start" delegateExpression="{p}"/>')),
    "task-listener-expression": lambda p: task(inner=ext(f'<camunda:taskListener event="create" expression="{p}"/>')),
    "task-listener-delegate": lambda p: task(inner=ext(f'<camunda:taskListener event="create" delegateExpression="{p}"/>')),
    "process-listener": None,  # written below: the listener belongs to the process
    "service-expression": lambda p: element("serviceTask", f' camunda:expression="{p}"'),
    "service-delegate": lambda p: element("serviceTask", f' camunda:delegateExpression="{p}"'),
    "send-expression": lambda p: element("sendTask", f' camunda:expression="{p}"'),
    "business-rule-expression": lambda p: element("businessRuleTask", f' camunda:expression="{p}"'),
    "business-rule-decision-ref": lambda p: element("businessRuleTask", f' camunda:decisionRef="{p}"'),
    "input-parameter": lambda p: element("serviceTask", ' camunda:delegateExpression="${taskReminder}"',
                                         ext(f'<camunda:inputOutput><camunda:inputParameter name="x">{p}</camunda:inputParameter></camunda:inputOutput>')),
    "input-list-value": lambda p: element("serviceTask", ' camunda:delegateExpression="${taskReminder}"',
                                          ext(f'<camunda:inputOutput><camunda:inputParameter name="x"><camunda:list><camunda:value>{p}</camunda:value></camunda:list></camunda:inputParameter></camunda:inputOutput>')),
    "output-parameter": lambda p: element("serviceTask", ' camunda:delegateExpression="${taskReminder}"',
                                          ext(f'<camunda:inputOutput><camunda:outputParameter name="x">{p}</camunda:outputParameter></camunda:inputOutput>')),
    "field-injection": lambda p: element("serviceTask", ' camunda:delegateExpression="${taskReminder}"',
                                         ext(f'<camunda:field name="x"><camunda:expression>{p}</camunda:expression></camunda:field>')),
    "assignee": lambda p: task(f' camunda:assignee="{p}"'),
    "candidate-users": lambda p: task(f' camunda:candidateUsers="{p}"'),
    "candidate-groups": lambda p: task(f' camunda:candidateGroups="{p}"'),
    "due-date": lambda p: task(f' camunda:dueDate="{p}"'),
    "follow-up-date": lambda p: task(f' camunda:followUpDate="{p}"'),
    "priority": lambda p: task(f' camunda:priority="{p}"'),
    "form-key": lambda p: element("userTask", f' camunda:formKey="{p}"'),
    "task-name": lambda p: f"""    <startEvent id="Start"/>
    <sequenceFlow id="ToHostile" sourceRef="Start" targetRef="Hostile"/>
    <userTask id="Hostile" name="{p}" camunda:formKey="app:tasks/identify-gaps.xhtml"/>
    <sequenceFlow id="ToEnd" sourceRef="Hostile" targetRef="End"/>
    <endEvent id="End"/>""",
    "task-description": lambda p: task(inner=f"<documentation>{p}</documentation>"),
    "multi-instance-collection": lambda p: task(inner=f'<multiInstanceLoopCharacteristics camunda:collection="{p}" camunda:elementVariable="item"/>'),
    "multi-instance-cardinality": lambda p: task(inner=f'<multiInstanceLoopCharacteristics><loopCardinality xsi:type="tFormalExpression">{p}</loopCardinality></multiInstanceLoopCharacteristics>'),
    "multi-instance-completion": lambda p: task(inner=f'<multiInstanceLoopCharacteristics><loopCardinality xsi:type="tFormalExpression">2</loopCardinality><completionCondition xsi:type="tFormalExpression">{p}</completionCondition></multiInstanceLoopCharacteristics>'),
    "retry-cycle": lambda p: element("serviceTask", ' camunda:asyncBefore="true" camunda:delegateExpression="${taskReminder}"',
                                     ext(f"<camunda:failedJobRetryTimeCycle>{p}</camunda:failedJobRetryTimeCycle>")),
    "job-priority": lambda p: element("serviceTask", f' camunda:asyncBefore="true" camunda:jobPriority="{p}" camunda:delegateExpression="${{taskReminder}}"'),
    "external-topic": lambda p: element("serviceTask", f' camunda:type="external" camunda:topic="{p}"'),
    "external-error": lambda p: element("serviceTask", ' camunda:type="external" camunda:topic="work"',
                                        ext(f'<camunda:errorEventDefinition id="Mapping" expression="{p}"/>')),
    "called-element": lambda p: element("callActivity", f' calledElement="{p}"'),
    "call-in-source": lambda p: element("callActivity", ' calledElement="other"', ext(f'<camunda:in sourceExpression="{p}" target="x"/>')),
    "variable-mapping-delegate": lambda p: element("callActivity", f' calledElement="other" camunda:variableMappingDelegateExpression="{p}"'),
    "conditional-event": lambda p: element("intermediateCatchEvent", inner=f'<conditionalEventDefinition id="When"><condition xsi:type="tFormalExpression">{p}</condition></conditionalEventDefinition>'),
    "message-name": None,
    "signal-name": None,
}

def write(name, text):
    with open(name, "w") as f:
        f.write(text)

def bpmn(name, body, roots="", process=None):
    write(name + ".bpmn", BPMN.format(roots=roots, process=process or "hostile-" + name, body=body))

for attack, payload in PAYLOADS.items():
    for site, body in SITES.items():
        name = f"{site}--{attack}"
        if site == "process-listener":
            text = BPMN.format(roots="", process="Hostile", body=task().replace('"Hostile"', '"Step"')).replace(
                'camunda:historyTimeToLive="30">',
                f'camunda:historyTimeToLive="30">\n    <extensionElements><camunda:executionListener event="start" expression="{payload}"/></extensionElements>', 1)
            write(name + ".bpmn", text)
        elif site == "message-name":
            bpmn(name, element("receiveTask", ' messageRef="Hostile"', id="Receive"), roots=f'  <message id="Hostile" name="{payload}"/>\n')
        elif site == "signal-name":
            bpmn(name, element("intermediateCatchEvent", inner='<signalEventDefinition id="Signal" signalRef="Hostile"/>', id="Catch"),
                 roots=f'  <signal id="Hostile" name="{payload}"/>\n')
        else:
            bpmn(name, body(payload))

# Java hooks: no expression at all, the element names a class or reaches outside
HOOKS = {
    "hook--service-class": element("serviceTask", ' camunda:class="java.lang.Runtime"'),
    "hook--send-class": element("sendTask", ' camunda:class="java.lang.Runtime"'),
    "hook--business-rule-class": element("businessRuleTask", ' camunda:class="java.lang.Runtime"'),
    "hook--execution-listener-class": task(inner=ext('<camunda:executionListener event="start" class="java.lang.Runtime"/>')),
    "hook--task-listener-class": task(inner=ext('<camunda:taskListener event="create" class="java.lang.Runtime"/>')),
    "hook--message-event-class": element("intermediateThrowEvent", inner='<messageEventDefinition id="Send" camunda:class="java.lang.Runtime"/>'),
    "hook--variable-mapping-class": element("callActivity", ' calledElement="other" camunda:variableMappingClass="java.lang.Runtime"'),
    "hook--connector": element("serviceTask", inner=ext('<camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>')),
    "hook--unknown-camunda-element": element("serviceTask", ' camunda:delegateExpression="${taskReminder}"', ext('<camunda:plugin name="x"/>')),
    "hook--external-script-resource": element("serviceTask", ' camunda:delegateExpression="${taskReminder}"',
                                              ext('<camunda:inputOutput><camunda:inputParameter name="x"><camunda:script scriptFormat="groovy" resource="deployment://x.groovy"/></camunda:inputParameter></camunda:inputOutput>')),
    "hook--script-task": element("scriptTask", ' scriptFormat="groovy"', '<script>new File("MARKER").createNewFile()</script>'),
    "hook--listener-script": task(inner=ext('<camunda:executionListener event="start"><camunda:script scriptFormat="javascript">1</camunda:script></camunda:executionListener>')),
}
for name, body in HOOKS.items():
    bpmn(name, body)

DMN = """<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
             id="hostile-definitions" name="Hostile" namespace="urn:gapflow:hostile"{default}>
  <decision id="{key}" name="Hostile" camunda:historyTimeToLive="30">
{body}
  </decision>
</definitions>
"""

def table(input_expr="<text>totalCost</text>", input_lang="", entry="<text>-</text>", entry_lang="",
          output="<text>\"hr\"</text>", output_lang="", hostile="input"):
    ids = {"input": ("Hostile", "Entry", "Out"), "entry": ("Expression", "Hostile", "Out"),
           "output": ("Expression", "Entry", "Hostile")}[hostile]
    return f"""    <decisionTable id="Table" hitPolicy="FIRST">
      <input id="Input" label="Cost">
        <inputExpression id="{ids[0]}" typeRef="string"{input_lang}>{input_expr}</inputExpression>
      </input>
      <output id="Output" name="route" typeRef="string"/>
      <rule id="Rule">
        <inputEntry id="{ids[1]}"{entry_lang}>{entry}</inputEntry>
        <outputEntry id="{ids[2]}"{output_lang}>{output}</outputEntry>
      </rule>
    </decisionTable>"""

JUEL = ' expressionLanguage="juel"'
DMN_SITES = {
    "dmn-input-expression": lambda p: ("", table(input_expr=f"<text>{p}</text>", input_lang=JUEL)),
    "dmn-input-entry": lambda p: ("", table(entry=f"<text>{p}</text>", entry_lang=JUEL, hostile="entry")),
    "dmn-output-entry": lambda p: ("", table(output=f"<text>{p}</text>", output_lang=JUEL, hostile="output")),
    "dmn-literal-expression": lambda p: ("", f'    <variable id="Variable" name="route" typeRef="string"/>\n    <literalExpression id="Hostile" expressionLanguage="juel"><text>{p}</text></literalExpression>'),
    "dmn-juel-by-default": lambda p: (JUEL, table(input_expr=f"<text>{p}</text>")),
    "dmn-feel-claimed": lambda p: ("", table(input_expr=f"<text>{p}</text>", input_lang=' expressionLanguage="feel"')),
}
for attack, payload in PAYLOADS.items():
    for site, make in DMN_SITES.items():
        default, body = make(payload)
        name = f"{site}--{attack}"
        write(name + ".dmn", DMN.format(default=default, key="hostile-" + name, body=body))
