package org.gapflow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.gapflow.testing.Browserless;
import org.gapflow.testing.GapFlowDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A process owner in a real browser: opens the modeler on the running version, shortens the reminder in
 * the Camunda properties panel, checks, deploys, and migrates the one running case to the new version;
 * uploads a hostile and a revised decision and tries the revision against past evaluations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProcessWorkspaceBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GapFlowDeployment.war(WorkspaceSetupServlet.class, TestModels.class)
                .add(new StringAsset("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>form</body></html>"),
                        TestModels.FORM_PAGE);
    }

    @ArquillianResource
    URL base;

    @Test
    void reviseTheReminderCheckDeployAndMigrateOneCase() throws Exception {
        String key = "it-ws-browser-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> setup = new Browserless(base).postForm("it/workspace", "key", key);
        assertThat(setup.statusCode()).isEqualTo(200);
        String[] started = setup.body().split("\n");
        String firstVersion = started[0];
        String caseId = started[1];

        try (HeadlessChromium browser = new HeadlessChromium(base)) {
            browser.login("pat", "gapflow").open("app/processes/editor.xhtml?definitionId=" + firstVersion);
            browser.await(ExpectedConditions.attributeToBe(By.id("gf-editor"), "data-ready", "true"));

            // the Camunda properties panel shows the process: open "Extension properties", then the reminder
            WebElement group = browser.find("[data-group-id='group-CamundaPlatform__ExtensionProperties']");
            WebElement header = group.findElement(By.cssSelector(".bio-properties-panel-group-header"));
            if (!header.getAttribute("class").contains("open")) {
                header.click();
            }
            WebElement entry = group.findElement(By.cssSelector("[data-entry-id='" + key + "-extensionProperty-0']"));
            assertThat(entry.getText()).contains("reviewReminder");
            entry.findElement(By.cssSelector(".bio-properties-panel-collapsible-entry-header")).click();
            WebElement value = browser.await(ExpectedConditions.visibilityOfElementLocated(
                    By.name(key + "-extensionProperty-0-value")));
            assertThat(value.getAttribute("value")).isEqualTo("P3D");
            value.sendKeys(Keys.chord(Keys.CONTROL, "a"), "P1D");
            browser.await(d -> ((String) browser.script(
                    "return document.getElementById('editor-form:xml').value")).contains("value=\"P1D\""));

            browser.find("[id='editor-form:check']").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("check-verdict"),
                    "All checks passed"));

            browser.find("[id='editor-form:comment']").sendKeys("Remind after one day");
            browser.find("[id='editor-form:deploy']").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("editor-form:deployed")));
            assertThat(browser.find("[id='editor-form:deployed']").getText()).contains(key + " v2");

            browser.open("app/processes/migrate.xhtml?source=" + firstVersion);
            browser.find("input[type=checkbox][value='" + caseId + "']").click();
            browser.find("[id='migrate-form:plan']").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-verdict"), "valid"));
            assertThat(browser.find("#plan-verdict").getText()).isEqualTo("The plan is valid for the chosen cases.");
            assertThat(browser.find("[id='migrate-form:preview']").getText()).contains("reviewReminder=P1D");
            browser.find("[id='migrate-form:reason']").sendKeys("Shorter reminder for the running case too");
            browser.find("[id='migrate-form:migrate']").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("migrated"), "1"));
        }

        assertThat(new Browserless(base).get("it/workspace?case=" + caseId).body())
                .isEqualTo("version=2;reviewReminder=P1D");
    }

    @Test
    void uploadsAreCheckedAndARevisedDecisionCanBeTriedAgainstPastCases(@TempDir Path folder) throws Exception {
        String key = "it-ws-upload-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new Browserless(base).postForm("it/workspace", "decision", key).body()).isEqualTo("evaluated");
        Path hostile = Files.writeString(folder.resolve(key + ".dmn"),
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + TestModels.routeDecision(key, 700).replaceFirst("<\\?xml[^>]*>", ""));
        Path revised = Files.writeString(folder.resolve("revised-" + key + ".dmn"), TestModels.routeDecision(key, 700));

        try (HeadlessChromium browser = new HeadlessChromium(base)) {
            browser.login("pat", "gapflow").open("app/processes/index.xhtml");
            browser.find("[id='upload-form:file']").sendKeys(hostile.toString());
            browser.find("[id='upload-form:upload']").click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "external entity"));
            assertThat(browser.find("#drafts").getText()).doesNotContain(hostile.getFileName().toString());

            browser.find("[id='upload-form:file']").sendKeys(revised.toString());
            browser.find("[id='upload-form:upload']").click();
            browser.await(ExpectedConditions.urlContains("editor.xhtml?draftId="));
            browser.await(ExpectedConditions.attributeToBe(By.id("gf-editor"), "data-ready", "true"));
            assertThat(browser.find(".tjs-table, .dmn-decision-table-container").isDisplayed()).isTrue();

            browser.find("[id='editor-form:replay']").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("replay-summary")));
            assertThat(browser.find("#replay-summary").getText()).endsWith("1 / 3");
            assertThat(browser.driver().findElements(By.cssSelector("#replay-results tr.gf-changed"))).hasSize(1);
        }
    }
}
