package org.gapflow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/** The first gate for uploaded files: what it lets through and what it refuses, with which message. */
class XmlSafetyTest {

    private final XmlSafety safety = new XmlSafety();
    private final String bpmn = Bpmn.convertToString(TestModels.review("safety"));
    private final String body = bpmn.substring(bpmn.indexOf("<definitions"));

    private XmlSafety.Result check(String name, String xml) {
        return safety.check(new ModelFile(name, xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String refusal(XmlSafety.Result result) {
        assertThat(result.safe()).isFalse();
        assertThat(result.messages()).singleElement().satisfies(m -> assertThat(m.isError()).isTrue());
        return result.messages().get(0).key();
    }

    @Test
    void aPlainModelPasses() {
        assertThat(check("safety.bpmn", bpmn).safe()).isTrue();
        assertThat(check("route.dmn", TestModels.routeDecision("route", 10)).safe()).isTrue();
    }

    @Test
    void externalEntitiesAreRefusedWithoutBeingRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + body.replace("name=\"Review\"", "name=\"&x;\"");
        assertThat(refusal(check("x.bpmn", xxe))).isEqualTo("check.file.externalEntity");
        String parameterEntity = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/x.dtd\"> %p;]>"
                + body;
        assertThat(refusal(check("x.bpmn", parameterEntity))).isEqualTo("check.file.externalEntity");
    }

    @Test
    void entityExpansionIsRefused() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + body.replace("name=\"Review\"", "name=\"&b;\"");
        assertThat(refusal(check("x.bpmn", laughs))).isEqualTo("check.file.entityExpansion");
    }

    @Test
    void anyDoctypeIsRefused() {
        assertThat(refusal(check("x.bpmn", "<!DOCTYPE definitions>" + body))).isEqualTo("check.file.doctype");
    }

    @Test
    void oversizedEmptyBrokenAndForeignFilesAreRefused() {
        String large = bpmn.replace("<definitions", "<!-- " + "x".repeat(XmlSafety.maxBytes()) + " --><definitions");
        assertThat(refusal(check("x.bpmn", large))).isEqualTo("check.file.tooLarge");
        assertThat(refusal(check("x.bpmn", ""))).isEqualTo("check.file.empty");
        assertThat(refusal(check("x.bpmn", bpmn.replace("</definitions>", "")))).isEqualTo("check.file.notWellFormed");
        assertThat(refusal(check("x.bpmn", "<html/>"))).isEqualTo("check.file.notAModel");
        assertThat(refusal(check("x.dmn", bpmn))).isEqualTo("check.file.wrongKind");
    }

    @Test
    void messagesReadAsSentencesInEnglishAndFrench() {
        CheckMessage message = check("x.bpmn", "<!DOCTYPE definitions>" + body).messages().get(0);
        assertThat(message.text(java.util.Locale.ENGLISH)).startsWith("The file has a document type declaration");
        assertThat(message.text(java.util.Locale.FRENCH)).startsWith("Le fichier contient une d\u00e9claration");
    }

    @Test
    void elementsOutsideTheModelNamespacesAreRefusedAtTheirElement() {
        String script = bpmn.replace("</userTask>", "<documentation><script xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "fetch('/gapflow/app/processes/index.xhtml')</script></documentation></userTask>");
        XmlSafety.Result result = check("x.bpmn", script);
        assertThat(refusal(result)).isEqualTo("check.file.foreignElement");
        assertThat(result.messages().get(0).elementId()).isEqualTo("Review");
        assertThat(result.messages().get(0).args()).containsExactly("script", "http://www.w3.org/1999/xhtml");

        String svg = bpmn.replace("</userTask>", "<svg xmlns=\"http://www.w3.org/2000/svg\"/></userTask>");
        assertThat(refusal(check("x.bpmn", svg))).isEqualTo("check.file.foreignElement");
        String noNamespace = bpmn.replace("</userTask>", "<extensionElements><x xmlns=\"\"/></extensionElements></userTask>");
        assertThat(refusal(check("x.bpmn", noNamespace))).isEqualTo("check.file.foreignElement");
        String include = bpmn.replace("</userTask>",
                "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/hostname\"/></userTask>");
        assertThat(refusal(check("x.bpmn", include))).isEqualTo("check.file.foreignElement");
        String legacy = bpmn.replace("</userTask>", "<extensionElements><activiti:field xmlns:activiti="
                + "\"http://activiti.org/bpmn\" name=\"x\"/></extensionElements></userTask>");
        assertThat(refusal(check("x.bpmn", legacy))).isEqualTo("check.file.foreignElement");
    }

    @Test
    void theShippedModelsAndWhatTheModelersWritePass() throws java.io.IOException {
        for (String name : new String[] {"performance-gap-to-training.bpmn", "approval-route.dmn",
                "solution-recommendation.dmn"}) {
            byte[] content = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("processes", name));
            assertThat(safety.check(new ModelFile(name, content)).messages()).as(name).isEmpty();
        }
        // bpmn-js: colours (bioc, color), the modeler's platform attributes, Camunda extensions
        String coloured = bpmn.replace("<definitions ", "<definitions xmlns:bioc=\"http://bpmn.io/schema/bpmn/biocolor/1.0\" "
                        + "xmlns:color=\"http://www.omg.org/spec/BPMN/non-normative/color/1.0\" "
                        + "xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\" modeler:executionPlatform=\"Camunda Platform\" ")
                .replace("</userTask>", "<extensionElements><camunda:properties xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\">"
                        + "<camunda:property name=\"a\" value=\"b\"/></camunda:properties></extensionElements></userTask>");
        assertThat(check("x.bpmn", coloured).safe()).isTrue();
        // dmn-js on DMN 1.1: bounds in biodi elements
        String dmn11 = """
                <definitions xmlns="http://www.omg.org/spec/DMN/20151101/dmn.xsd"
                             xmlns:biodi="http://bpmn.io/schema/dmn/biodi/1.0" id="d" name="d" namespace="urn:x">
                  <decision id="route" name="Route">
                    <extensionElements><biodi:bounds x="150" y="80" width="180" height="80"/></extensionElements>
                    <literalExpression id="e"><text>"hr"</text></literalExpression>
                  </decision>
                </definitions>""";
        assertThat(check("x.dmn", dmn11).safe()).isTrue();
    }
}
