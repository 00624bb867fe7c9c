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
}
