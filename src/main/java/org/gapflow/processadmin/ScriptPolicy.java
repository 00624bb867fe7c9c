package org.gapflow.processadmin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.gapflow.platform.Settings;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Scripts run arbitrary code inside the server: a model may carry none (script tasks, script
 * listeners or mappings, conditions or DMN expressions in a script language) unless an administrator
 * set {@code gapflow.scripts.allowed=true} for the installation.
 */
@ApplicationScoped
public class ScriptPolicy {

    static final String SETTING = "gapflow.scripts.allowed";
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final Set<String> EXPRESSION_LANGUAGES = Set.of("feel", "juel",
            "https://www.omg.org/spec/dmn/20191111/feel/", "http://www.omg.org/spec/feel/20140401");

    public static boolean scriptsAllowed() {
        return Settings.flag(SETTING, false);
    }

    public List<CheckMessage> check(Document document, ModelKind kind) {
        List<CheckMessage> found = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String script = scriptIn(element, kind);
            if (script != null) {
                found.add(new CheckMessage(CheckMessage.Severity.ERROR, CheckMessage.Stage.SCRIPTS,
                        idOf(element), script, List.of(element.getLocalName())));
            }
        }
        if (found.isEmpty()) {
            return found;
        }
        if (scriptsAllowed()) {
            // the administrator accepted scripts: still tell the process owner where they are
            return found.stream().map(m -> new CheckMessage(CheckMessage.Severity.WARNING, m.stage(), m.elementId(),
                    "check.scripts.allowedBySetting", m.args())).toList();
        }
        return found;
    }

    /** The message key when this element is or carries a script, else null. */
    private static String scriptIn(Element element, ModelKind kind) {
        String name = element.getLocalName();
        if (kind == ModelKind.BPMN) {
            if ("scriptTask".equals(name) && XmlSafety.BPMN_NS.equals(element.getNamespaceURI())) {
                return "check.scripts.scriptTask";
            }
            if ("script".equals(name) && CAMUNDA_NS.equals(element.getNamespaceURI())) {
                return "check.scripts.camundaScript";
            }
            if (element.hasAttribute("scriptFormat") || hasScriptLanguage(element, "language")) {
                return "check.scripts.language";
            }
            return null;
        }
        return hasScriptLanguage(element, "expressionLanguage") ? "check.scripts.language" : null;
    }

    private static boolean hasScriptLanguage(Element element, String attribute) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            String local = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
            if (attribute.equals(local) && !EXPRESSION_LANGUAGES.contains(attr.getValue().trim().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The id of the element or of the nearest ancestor that has one (a listener belongs to its task). */
    static String idOf(Element element) {
        Node node = element;
        while (node instanceof Element e) {
            if (e.hasAttribute("id")) {
                return e.getAttribute("id");
            }
            node = node.getParentNode();
        }
        return null;
    }
}
