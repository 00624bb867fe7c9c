package org.gapflow.processadmin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.gapflow.workflow.ExpressionAllowList;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Nothing in an uploaded model reaches Java except the declared beans' declared methods. Runs after
 * the script policy and before the engine sees the model: every attribute and text of a BPMN that
 * holds an expression, and every evaluated text of a DMN that is JUEL, is parsed and walked by
 * {@link JuelTreeCheck}. Java hooks (a class name, a connector, any Camunda extension element not
 * listed) are refused outright. This does not try to know which attributes the engine evaluates:
 * it checks them all, so a site the engine adds later is covered too.
 */
@ApplicationScoped
public class ExpressionPolicy {

    static final String CAMUNDA_BPMN_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final Set<String> JAVA_HOOK_ATTRIBUTES = Set.of("class", "variableMappingClass");
    /** Camunda extension elements that hold data or expressions only (scripts are the script policy's). */
    private static final Set<String> CAMUNDA_ELEMENTS = Set.of("properties", "property", "executionListener",
            "taskListener", "field", "expression", "string", "inputOutput", "inputParameter", "outputParameter",
            "list", "map", "entry", "value", "in", "out", "failedJobRetryTimeCycle", "formData", "formField",
            "validation", "constraint", "errorEventDefinition", "potentialStarter", "script");
    /** Names that attributes of a BPMN model introduce as variables. */
    private static final Set<String> NAMING_ATTRIBUTES = Set.of("resultVariable", "elementVariable", "initiator",
            "errorCodeVariable", "errorMessageVariable", "escalationCodeVariable");
    /** Variables the engine itself sets inside a multi-instance activity. */
    private static final Set<String> MULTI_INSTANCE = Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances",
            "nrOfCompletedInstances");
    /** Parts of a BPMN element that may carry an id of their own but that the editor does not select. */
    private static final Set<String> PARTS = Set.of("timeDate", "timeDuration", "timeCycle", "conditionExpression",
            "condition", "loopCardinality", "completionCondition", "documentation", "extensionElements",
            "multiInstanceLoopCharacteristics", "standardLoopCharacteristics", "humanPerformer", "potentialOwner",
            "resourceAssignmentExpression", "formalExpression", "ioSpecification", "dataInputAssociation",
            "dataOutputAssociation");
    /** DMN elements whose text the decision engine evaluates. */
    private static final Set<String> DMN_EVALUATED = Set.of("inputExpression", "inputEntry", "outputEntry",
            "literalExpression");
    private static final Set<String> FEEL = Set.of("feel", "https://www.omg.org/spec/dmn/20191111/feel/",
            "http://www.omg.org/spec/feel/20140401");

    @Inject
    @Any
    Instance<ExpressionAllowList> allowLists;

    private ExpressionAllowList fixed;

    public ExpressionPolicy() {
    }

    /** A policy reading one given allow-list (outside a container). */
    ExpressionPolicy(ExpressionAllowList allowList) {
        this.fixed = allowList;
    }

    private ExpressionAllowList allowList() {
        return fixed != null ? fixed : ExpressionAllowList.anyOf(allowLists.stream().toList());
    }

    public List<CheckMessage> check(Document document, ModelKind kind) {
        ExpressionAllowList allowList = allowList();
        Set<String> found = new LinkedHashSet<>();
        List<CheckMessage> messages = new ArrayList<>();
        Set<String> known = kind == ModelKind.BPMN ? bpmnNames(document) : dmnNames(document);
        String defaultLanguage = document.getDocumentElement().getAttribute("expressionLanguage");
        for (Element element : elements(document)) {
            String id = elementIdOf(element);
            if (kind == ModelKind.BPMN) {
                hooks(element, id, messages);
                for (String text : bpmnTexts(element)) {
                    expression(text, id, allowList, known, found, messages);
                }
            } else if (DMN_EVALUATED.contains(element.getLocalName())) {
                String text = ownText(child(element, "text"));
                String language = element.getAttribute("expressionLanguage").isBlank() ? defaultLanguage
                        : element.getAttribute("expressionLanguage");
                boolean feel = language.isBlank() || FEEL.contains(language.trim().toLowerCase(Locale.ROOT));
                // JUEL is checked; so is anything that looks like JUEL whatever it claims to be
                if (!feel || JuelTreeCheck.holdsExpression(text)) {
                    expression(text, id, allowList, known, found, messages);
                }
            }
        }
        return messages;
    }

    private static void expression(String text, String id, ExpressionAllowList allowList, Set<String> known,
                                   Set<String> found, List<CheckMessage> messages) {
        if (!JuelTreeCheck.holdsExpression(text)) {
            return;
        }
        for (JuelTreeCheck.Refusal refusal : JuelTreeCheck.check(text, allowList, known::contains)) {
            // one message per element and kind of refusal is enough to find and fix it
            if (found.add(id + " " + refusal.key() + " " + refusal.args())) {
                messages.add(new CheckMessage(CheckMessage.Severity.ERROR, CheckMessage.Stage.EXPRESSIONS, id,
                        refusal.key(), refusal.args()));
            }
        }
    }

    /** Java classes and Camunda extensions that are not plain data: the declared beans are the only Java. */
    private static void hooks(Element element, String id, List<CheckMessage> messages) {
        boolean camundaElement = CAMUNDA_BPMN_NS.equals(element.getNamespaceURI());
        if (camundaElement && !CAMUNDA_ELEMENTS.contains(element.getLocalName())) {
            messages.add(CheckMessage.error(CheckMessage.Stage.EXPRESSIONS, id, "check.expressions.element",
                    "camunda:" + element.getLocalName()));
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            String local = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
            boolean camunda = CAMUNDA_BPMN_NS.equals(attr.getNamespaceURI())
                    || (attr.getNamespaceURI() == null && camundaElement);
            if (camunda && JAVA_HOOK_ATTRIBUTES.contains(local)) {
                messages.add(CheckMessage.error(CheckMessage.Stage.EXPRESSIONS, id, "check.expressions.javaClass",
                        attr.getValue().trim(), local));
            } else if (camunda && "resource".equals(local)) {
                // a script fetched from elsewhere: refused even where the administrator allowed scripts
                messages.add(CheckMessage.error(CheckMessage.Stage.EXPRESSIONS, id, "check.expressions.element",
                        "resource=\"" + attr.getValue().trim() + "\""));
            }
        }
    }

    /** Every attribute value and the element's own text: the engine evaluates many of them, and may add more. */
    private static List<String> bpmnTexts(Element element) {
        List<String> texts = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            texts.add(attributes.item(i).getNodeValue());
        }
        if (!"script".equals(element.getLocalName())) {
            texts.add(ownText(element));
        }
        return texts;
    }

    private static Set<String> bpmnNames(Document document) {
        Set<String> names = new HashSet<>(MULTI_INSTANCE);
        for (Element element : elements(document)) {
            if (CAMUNDA_BPMN_NS.equals(element.getNamespaceURI())) {
                switch (element.getLocalName()) {
                    case "property", "inputParameter", "outputParameter" -> names.add(element.getAttribute("name"));
                    case "in", "out" -> names.add(element.getAttribute("target"));
                    case "formField" -> names.add(element.getAttribute("id"));
                    default -> { }
                }
            }
            for (String attribute : NAMING_ATTRIBUTES) {
                names.add(element.getAttributeNS(CAMUNDA_BPMN_NS, attribute));
            }
        }
        names.remove("");
        return names;
    }

    private static Set<String> dmnNames(Document document) {
        Set<String> names = new HashSet<>(Set.of("cellInput"));
        for (Element element : elements(document)) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attr = (Attr) attributes.item(i);
                if ("inputVariable".equals(attr.getLocalName())) {
                    names.add(attr.getValue().trim());
                }
            }
        }
        return names;
    }

    /**
     * The id of the element the editor can select: the nearest ancestor with an id that is a model
     * element, not an event definition or a Camunda extension (a timer belongs to its event).
     */
    static String elementIdOf(Element element) {
        Node node = element;
        while (node instanceof Element e) {
            boolean part = e.getLocalName().endsWith("EventDefinition") || PARTS.contains(e.getLocalName())
                    || CAMUNDA_BPMN_NS.equals(e.getNamespaceURI());
            if (!part && e.hasAttribute("id")) {
                return e.getAttribute("id");
            }
            node = node.getParentNode();
        }
        return null;
    }

    private static List<Element> elements(Document document) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        List<Element> elements = new ArrayList<>(all.getLength());
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }

    private static Element child(Element element, String localName) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && localName.equals(child.getLocalName())) {
                return child;
            }
        }
        return null;
    }

    /** The text directly inside an element (not its children's). */
    private static String ownText(Element element) {
        if (element == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        return text.toString();
    }
}
