package org.gapflow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.gapflow.testing.GapFlowDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The attack of issue 9 through the browser: a process owner uploads a model whose timer start event
 * runs code through getClass(), presses Check, and sees the refusal at that event. Nothing ran.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileUploadBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GapFlowDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aHostileUploadIsRefusedAtItsElementWhenChecked(@TempDir Path folder) throws Exception {
        String key = "it-hostile-" + UUID.randomUUID().toString().substring(0, 8);
        Path marker = folder.resolve("payload-ran");
        String payload = "${''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('"
                + marker + "').createNewFile()}";
        Path hostile = Files.writeString(folder.resolve(key + ".bpmn"), Bpmn.convertToString(
                TestModels.reviewStep(TestModels.process(key).startEvent("Start").name("Started").timerWithDate(payload))
                        .endEvent("End").name("Done").done()));

        try (HeadlessChromium browser = new HeadlessChromium(base)) {
            browser.login("pat", "gapflow").open("app/processes/index.xhtml");
            browser.find("[id='upload-form:file']").sendKeys(hostile.toString());
            browser.find("[id='upload-form:upload']").click();
            browser.await(ExpectedConditions.urlContains("editor.xhtml?draftId="));
            browser.await(ExpectedConditions.attributeToBe(By.id("gf-editor"), "data-ready", "true"));

            browser.find("[id='editor-form:check']").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("check-findings")));
            WebElement verdict = browser.find("#check-verdict");
            assertThat(verdict.getAttribute("class")).contains("gf-error");
            assertThat(verdict.getText()).doesNotContain("All checks passed");
            assertThat(browser.find("#check-findings").getText()).contains("Start: ").contains("getClass")
                    .contains("is not allowed");
            assertThat(browser.driver().findElements(By.cssSelector("#check-findings li.gf-check-error")))
                    .extracting(li -> li.getAttribute("data-element-id")).contains("Start");
        }
        assertThat(marker).as("the payload's marker: Check evaluated nothing").doesNotExist();
    }
}
