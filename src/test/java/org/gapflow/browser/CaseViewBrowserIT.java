package org.gapflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.gapflow.testing.Browserless;
import org.gapflow.testing.CaseProbeServlet;
import org.gapflow.testing.CycleDriver;
import org.gapflow.testing.CycleFixtureServlet;
import org.gapflow.testing.GapFlowDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The case view and the HR dashboard in headless Chromium: the manager finds the case in "My team's
 * cases", sees the diagram drawn by the viewer from the WAR with the current step marked, the timeline in
 * English and French, and reaches the case from the step form; another team's manager sees nothing;
 * HR opens the case and the dashboard, whose charts Chart.js draws under the Content Security Policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseViewBrowserIT {

    static final List<String> CHARTS = List.of("budget-chart", "return-chart", "business-result-chart", "cause-chart",
            "team-gap-chart");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GapFlowDeployment.war(CycleFixtureServlet.class, CycleDriver.class, CycleDriver.Organisation.class,
                CaseProbeServlet.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void caseViewAndDashboard(TestInfo info) throws Exception {
        String test = info.getTestMethod().orElseThrow().getName();
        String caseId = new Browserless(base).postForm("it/cycle", "employee", "E007", "upTo", "sent-back").body();
        assertThat(caseId).matches("\\d+");

        try (Browser mark = Browser.open(base, test + "-mark")) {
            mark.logIn("mark", "01-home");
            mark.click(By.id("nav-cases"), "02-my-team-cases");
            assertThat(mark.find(By.id("cases-heading")).getText()).isEqualTo("My team's cases");
            mark.click(By.cssSelector("a.gf-case-link[href$='caseId=" + caseId + "']"), "03-case-view");
            awaitDiagram(mark);
            assertThat(mark.driver().findElements(By.cssSelector(
                    "#case-diagram g.djs-element.gf-current-step[data-element-id='SpecifyTraining']")))
                    .as("the current step marked in the diagram's SVG").hasSize(1);
            assertThat(mark.driver().findElements(By.cssSelector("#case-diagram g.gf-current-step"))).hasSize(1);
            assertThat(mark.driver().findElements(By.cssSelector(
                    "#case-diagram g.gf-passed-step[data-element-id='ApproveByHr']"))).hasSize(1);
            mark.page("04-case-view-diagram-drawn");
            screenshotAt(mark, "timeline-title", "04b-case-view-timeline");
            screenshotAt(mark, "records-title", "04c-case-view-records");
            assertThat(mark.find(By.id("current-steps")).getText()).isEqualTo("Specify training");
            assertThat(mark.find(By.id("case-employee")).getText()).startsWith("Chloe Chen");
            assertThat(mark.find(By.id("timeline")).getText())
                    .contains("Sent back for revision", CycleFixtureServlet.SEND_BACK_REASON, "Hana Hartmann",
                            "Coaching and feedback chosen though not recommended: " + CycleDriver.COACHING_REASON);

            mark.visit("app/tasks/specify-training.xhtml?taskId=" + taskId(caseId, "SpecifyTraining"), "05-step-form");
            mark.click(By.id("case-id"), "06-case-from-step-form");
            assertThat(mark.find(By.id("case-title")).getText()).isEqualTo("Case " + caseId + ": Chloe Chen");

            mark.click(By.id("lang-fr"), "07-case-view-french");
            assertThat(mark.find(By.id("case-title")).getText()).as("French spacing before the colon")
                    .matches("Dossier " + caseId + "\\h: Chloe Chen");
            assertThat(mark.find(By.id("timeline")).getText()).contains("Renvoyée pour révision");
            awaitDiagram(mark);
            mark.click(By.id("lang-en"), "08-english-again");
        }

        try (Browser sofia = Browser.open(base, test + "-sofia")) {
            sofia.logIn("sofia", "01-home");
            sofia.visit("app/cases/view.xhtml?caseId=" + caseId, "02-another-teams-case");
            assertThat(sofia.find(By.id("case-refusal")).getText()).contains("not a case you may see");
            assertThat(sofia.driver().getPageSource()).doesNotContain("Chloe Chen").doesNotContain("case-diagram");
        }

        try (Browser hana = Browser.open(base, test + "-hana")) {
            hana.logIn("hana", "01-home");
            hana.visit("app/cases/view.xhtml?caseId=" + caseId, "02-case-view");
            awaitDiagram(hana);
            hana.click(By.id("nav-dashboard"), "03-dashboard");
            for (String chart : CHARTS) {
                hana.find(By.cssSelector("#" + chart + " canvas"));
                hana.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                        "return !!(window.Chart && Chart.getChart(document.querySelector('#" + chart + " canvas')));"));
            }
            assertThat(hana.find(By.id("pending-count")).getText()).matches("\\d+");
            assertThat(hana.find(By.id("team-budgets")).getText()).contains("Customer Service");
            hana.page("04-dashboard-charts-drawn");
            screenshotAt(hana, "budgets-title", "04b-dashboard-budgets");
            screenshotAt(hana, "returns-title", "04c-dashboard-returns");
            screenshotAt(hana, "gaps-title", "04d-dashboard-gaps");
            screenshotAt(hana, "by-cause-title", "04e-dashboard-causes");
            hana.click(By.id("lang-fr"), "05-dashboard-french");
            assertThat(hana.find(By.id("dashboard-heading")).getText()).isEqualTo("Tableau de bord RH");
        }
    }

    /** The pages are longer than the window: a screenshot from a section's heading down. */
    private static void screenshotAt(Browser browser, String headingId, String step) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView();", headingId);
        browser.screenshot(step);
    }

    private static void awaitDiagram(Browser browser) {
        browser.until(d -> d.findElement(By.cssSelector("#case-diagram[data-ready='true'], #case-diagram[data-error]")));
        assertThat(browser.find(By.id("case-diagram")).getAttribute("data-error")).as("diagram import error").isNull();
    }

    private String taskId(String caseId, String step) throws Exception {
        String id = new Browserless(base).get("it/case?caseId=" + caseId + "&step=" + step).body();
        assertThat(id).as("open task " + step + " of case " + caseId).isNotBlank();
        return id;
    }
}
