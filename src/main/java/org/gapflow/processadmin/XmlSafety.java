package org.gapflow.processadmin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import jakarta.enterprise.context.ApplicationScoped;

import org.gapflow.platform.Settings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first gate for a file from outside: size, then a parser that refuses any document type
 * declaration (so no external entity is fetched and no entity is expanded), then the kind of model.
 * Nothing else reads the bytes before this passed.
 */
@ApplicationScoped
public class XmlSafety {

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final Set<String> DMN_NS = Set.of(
            "https://www.omg.org/spec/DMN/20191111/MODEL/",
            "http://www.omg.org/spec/DMN/20180521/MODEL/",
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd");
    /**
     * The namespaces a model's elements may come from: BPMN and DMN, their diagram interchange, Camunda's
     * extensions, and what bpmn.io's modelers write (colours, DMN 1.1 bounds). Anything else (an XHTML
     * script, an SVG, XInclude) has no business in a model and is refused before the file is stored.
     */
    static final Set<String> ELEMENT_NAMESPACES = Set.of(
            BPMN_NS, "http://www.omg.org/spec/BPMN/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI",
            "https://www.omg.org/spec/DMN/20191111/MODEL/", "http://www.omg.org/spec/DMN/20180521/MODEL/",
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
            "https://www.omg.org/spec/DMN/20191111/DMNDI/", "http://www.omg.org/spec/DMN/20180521/DMNDI/",
            "http://www.omg.org/spec/DMN/20180521/DC/", "http://www.omg.org/spec/DMN/20180521/DI/",
            "http://camunda.org/schema/1.0/bpmn", "http://camunda.org/schema/1.0/dmn",
            "http://camunda.org/schema/modeler/1.0",
            "http://bpmn.io/schema/bpmn", "http://bpmn.io/schema/bpmn/biocolor/1.0",
            "http://www.omg.org/spec/BPMN/non-normative/color/1.0",
            "http://bpmn.io/schema/dmn/biodi/1.0", "http://bpmn.io/schema/dmn/biodi/2.0");
    private static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
    private static final Pattern EXTERNAL_ENTITY = Pattern.compile("<!ENTITY\\s+(%\\s*)?\\S+\\s+(SYSTEM|PUBLIC)\\b");
    private static final Pattern ANY_ENTITY = Pattern.compile("<!ENTITY\\b");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\b", Pattern.CASE_INSENSITIVE);

    /** The result: the parsed document when the file is safe to read further, else the reasons. */
    public record Result(Document document, List<CheckMessage> messages) {
        public boolean safe() {
            return document != null;
        }
    }

    public static int maxBytes() {
        return Settings.find("gapflow.models.max-bytes").map(Integer::parseInt).orElse(DEFAULT_MAX_BYTES);
    }

    public Result check(ModelFile file) {
        byte[] content = file.content();
        if (content.length == 0) {
            return refused(CheckMessage.error(CheckMessage.Stage.FILE, null, "check.file.empty"));
        }
        if (content.length > maxBytes()) {
            return refused(CheckMessage.error(CheckMessage.Stage.FILE, null, "check.file.tooLarge",
                    String.format(java.util.Locale.ROOT, "%.1f", content.length / 1048576.0), maxBytes() / 1048576));
        }
        Document document;
        try {
            document = builder().parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            return refused(parseFailure(content, e));
        } catch (SAXException | IOException e) {
            return refused(CheckMessage.error(CheckMessage.Stage.FILE, null, "check.file.notXml", e.getMessage()));
        }
        Element root = document.getDocumentElement();
        String namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        boolean bpmn = BPMN_NS.equals(namespace);
        boolean dmn = DMN_NS.contains(namespace);
        if (!"definitions".equals(root.getLocalName()) || (!bpmn && !dmn)) {
            return refused(CheckMessage.error(CheckMessage.Stage.FILE, null, "check.file.notAModel"));
        }
        if (bpmn != (file.kind() == ModelKind.BPMN)) {
            return refused(CheckMessage.error(CheckMessage.Stage.FILE, null, "check.file.wrongKind",
                    file.name(), bpmn ? "BPMN" : "DMN"));
        }
        CheckMessage foreign = foreignElement(document);
        if (foreign != null) {
            return refused(foreign);
        }
        return new Result(document, List.of());
    }

    /** The first element outside the model namespaces, as a refusal; null when there is none. */
    private static CheckMessage foreignElement(Document document) {
        NodeList elements = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String namespace = element.getNamespaceURI();
            if (namespace == null || !ELEMENT_NAMESPACES.contains(namespace)) {
                return CheckMessage.error(CheckMessage.Stage.FILE, nearestId(element), "check.file.foreignElement",
                        element.getTagName(), namespace == null ? "-" : namespace);
            }
        }
        return null;
    }

    /** The id of the element or of its nearest ancestor with one, so the editor can point at it. */
    private static String nearestId(Element element) {
        for (org.w3c.dom.Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (!e.getAttribute("id").isEmpty()) {
                return e.getAttribute("id");
            }
        }
        return null;
    }

    private static CheckMessage parseFailure(byte[] content, SAXParseException e) {
        // the parser refused a DOCTYPE: say in plain words which attack or mistake it looks like
        String text = new String(content, StandardCharsets.UTF_8);
        if (DOCTYPE.matcher(text).find()) {
            String key = EXTERNAL_ENTITY.matcher(text).find() ? "check.file.externalEntity"
                    : ANY_ENTITY.matcher(text).find() ? "check.file.entityExpansion" : "check.file.doctype";
            return CheckMessage.error(CheckMessage.Stage.FILE, null, key);
        }
        return CheckMessage.error(CheckMessage.Stage.FILE, null, "check.file.notWellFormed",
                e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    }

    private static Result refused(CheckMessage message) {
        return new Result(null, List.of(message));
    }

    static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
    }
}
