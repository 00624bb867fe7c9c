package org.gapflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import org.gapflow.testing.Browserless;
import org.gapflow.testing.CaseProbeServlet;
import org.gapflow.testing.GapFlowDeployment;
import org.gapflow.testing.NoMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole cycle through the pages in headless Chromium: the manager identifies and examines,
 * specifies training, HR sends it back, the manager revises, HR approves, the budget holder approves,
 * and months later the manager evaluates. Plus the refusals: invalid input keeps what was typed, a
 * completed task's stale link, two HR users deciding the same request.
 *
 * <p>It runs as the quick start does, with no mail server configured (NoMailServer): the cycle must still
 * complete, and the administrator finds the enrolment notice in the outbox, kept there, not sent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewCycleBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GapFlowDeployment.war(CaseProbeServlet.class, NoMailServer.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void fullCycleThroughThePages(TestInfo info) throws Exception {
        String caseId;
        String test = info.getTestMethod().orElseThrow().getName();
        try (Browser mark = Browser.open(base, test + "-mark")) {
            mark.logIn("mark", "01-home");
            mark.click(By.id("nav-start-review"), "02-start-review");
            new Select(mark.find(By.id("review:employee"))).selectByVisibleText("David Duarte (Customer Service Agent)");
            mark.click(By.id("review:start"), "03-identify-gaps");
            assertThat(mark.find(By.id("step-name")).getText()).isEqualTo("Identify performance gaps");
            caseId = mark.find(By.id("case-id")).getText();

            // invalid input: messages next to the fields, and what was typed stays
            type(mark, "task:gaps:0:title", "Average handling time");
            type(mark, "task:gaps:0:expectedStandard", "abc");
            mark.click(By.id("task:complete"), "04-identify-gaps-invalid");
            assertThat(mark.find(By.id("task:gaps:0:title")).getAttribute("value")).isEqualTo("Average handling time");
            assertThat(mark.driver().getPageSource()).contains("Enter a number");

            type(mark, "task:gaps:0:expectedStandard", "6");
            type(mark, "task:gaps:0:actualPerformance", "9");
            type(mark, "task:gaps:0:unit", "minutes per call");
            mark.find(By.id("task:gaps:0:lowerIsBetter")).click();
            type(mark, "task:gaps:0:businessResult", "Cost per contact");
            type(mark, "task:gaps:0:monthlyCost", "2400");
            type(mark, "task:gaps:0:evidence", "<script>alert(1)</script>");
            mark.click(By.id("task:complete"), "05-analyse-causes");
            assertThat(mark.find(By.id("step-name")).getText()).isEqualTo("Analyse causes");
            assertThat(mark.driver().getPageSource()).doesNotContain("<script>alert(1)</script>");

            answer(mark, List.of(true, true, true, true, false, true, false, false, true));
            mark.click(By.id("task:complete"), "06-choose-solutions");
            assertThat(mark.find(By.id("step-name")).getText()).isEqualTo("Choose solutions");
            assertThat(mark.find(By.id("task:chosen_training")).isSelected()).as("training recommended and ticked").isTrue();
            mark.click(By.id("task:complete"), "07-specify-training");
            assertThat(mark.find(By.id("step-name")).getText()).isEqualTo("Specify training");

            specify(mark, "4800");
            assertThat(mark.text(By.id("total-cost"))).isEqualTo("4,800.00");
            mark.page("08-specify-training-filled");
            mark.click(By.id("task:complete"), "09-tasks-after-specify");
            assertThat(mark.driver().getPageSource()).contains("Training request submitted for approval.");
        }

        try (Browser hana = Browser.open(base, test + "-hana")) {
            hana.logIn("hana", "10-home");
            openFromGroupList(hana, caseId, "ApproveByHr", "David", "11-approve");
            assertThat(hana.find(By.id("objective")).getText()).isEqualTo("Handle a standard enquiry within 6 minutes");
            hana.find(By.cssSelector("input[name='task:outcome'][value='sent-back']")).click();
            hana.click(By.id("task:complete"), "12-send-back-without-reason");
            assertThat(hana.driver().getPageSource()).contains("Say what to revise.");
            type(hana, "task:reason", "Add the cost of the time away from work.");
            hana.find(By.cssSelector("input[name='task:outcome'][value='sent-back']")).click();
            hana.click(By.id("task:complete"), "13-tasks");
        }

        try (Browser mark = Browser.open(base, test + "-mark-revises")) {
            mark.logIn("mark", "14-home");
            mark.visit("app/tasks/specify-training.xhtml?taskId=" + taskId(caseId, "SpecifyTraining"), "15-revise");
            assertThat(mark.find(By.id("task:approval-comments")).getText()).contains("Add the cost of the time away");
            assertThat(mark.find(By.id("task:objectiveBehaviour")).getAttribute("value"))
                    .isEqualTo("Handle a standard enquiry within 6 minutes");
            mark.click(By.id("task:add-line"), "16-added-line");
            type(mark, "task:costLines:1:description", "Two days away from the phones");
            type(mark, "task:costLines:1:amount", "3600");
            mark.click(By.id("task:complete"), "17-tasks");
        }

        String hrTask = taskId(caseId, "ApproveByHr");
        try (Browser hana = Browser.open(base, test + "-hana-approves");
             Browser lena = Browser.open(base, test + "-lena-concurrent")) {
            hana.logIn("hana", "18-home");
            lena.logIn("lena", "18-home");
            hana.visit("app/tasks/approve-training.xhtml?taskId=" + hrTask, "19-approve");
            lena.visit("app/tasks/approve-training.xhtml?taskId=" + hrTask, "19-approve-same");
            hana.find(By.cssSelector("input[name='task:outcome'][value='approved']")).click();
            hana.click(By.id("task:complete"), "20-approved");
            // lena decides on the page she opened before hana's decision: she is told, nothing changes
            lena.find(By.cssSelector("input[name='task:outcome'][value='rejected']")).click();
            type(lena, "task:reason", "Too expensive");
            lena.click(By.id("task:complete"), "21-too-late");
            assertThat(lena.find(By.id("task-refusal")).getText()).contains("completed");
        }

        try (Browser lena = Browser.open(base, test + "-lena")) {
            lena.logIn("lena", "22-home");
            openFromGroupList(lena, caseId, "ApproveByBudgetHolder", "David", "23-budget");
            assertThat(lena.find(By.id("total-cost")).getText()).isEqualTo("8,400.00");
            lena.find(By.cssSelector("input[name='task:outcome'][value='approved']")).click();
            lena.click(By.id("task:complete"), "24-approved");
        }

        // enrolment runs on the job executor; then months pass: fire the evaluation timers
        Browserless probe = new Browserless(base);
        awaitTimer(probe, caseId, "TrainingEnded");
        assertThat(probe.postForm("it/case?caseId=" + caseId + "&timer=EvaluationDelayPassed").body()).isEqualTo("fired");

        try (Browser mark = Browser.open(base, test + "-mark-evaluates")) {
            mark.logIn("mark", "25-home");
            String evaluate = taskId(caseId, "EvaluateResults");
            mark.visit("app/tasks/evaluate-results.xhtml?taskId=" + evaluate, "26-evaluate");
            assertThat(mark.find(By.id("baseline")).getText()).isEqualTo("9.0000 minutes per call");
            type(mark, "task:newMeasure", "7");
            type(mark, "task:valuePerUnit", "1000");
            type(mark, "task:monthsCounted", "12");
            type(mark, "task:l1Reaction", "4");
            mark.until(d -> d.findElement(By.id("roi-percent")).getText().contains("%"));
            // (9 - 7) x 1000 x 12 x 0.5 x 0.8 = 9600; cost 8400: ROI 14.3 %
            assertThat(mark.text(By.id("roi-percent"))).isEqualTo("14.3 %");
            mark.find(By.cssSelector("input[name='task:gapClosed'][value='true']")).click();
            mark.click(By.id("task:complete"), "27-evaluated");
            assertThat(mark.driver().getPageSource()).contains("Evaluation recorded.");

            // the stale link of the completed step
            mark.visit("app/tasks/evaluate-results.xhtml?taskId=" + evaluate, "28-stale-link");
            assertThat(mark.find(By.id("task-refusal")).getText()).contains("already been completed");
        }

        // no mail server: the administrator sees what GapFlow would have sent, kept in the outbox
        try (Browser adam = Browser.open(base, test + "-adam-outbox")) {
            adam.logIn("adam", "29-home");
            adam.click(By.id("home-outbox-link"), "30-outbox");
            assertThat(adam.find(By.id("outbox-heading")).getText()).isEqualTo("Mail outbox");
            String caseLink = "/app/cases/view.xhtml?caseId=" + caseId;
            WebElement notice = adam.until(d -> {
                WebElement row = enrolmentNotice(d, "david@gapflow.example", caseLink);
                if (row == null) {
                    d.navigate().refresh(); // its dispatch job may not have run yet
                }
                return row;
            });
            adam.page("31-outbox-notice");
            assertThat(notice.findElement(By.cssSelector(".gf-notice-subject")).getText())
                    .isEqualTo("Training approved: Handle a standard enquiry within 6 minutes");
            assertThat(notice.findElement(By.cssSelector(".gf-notice-status")).getText())
                    .isEqualTo("Kept in the outbox: no mail server configured");
            assertThat(notice.findElement(By.cssSelector(".gf-notice-link")).getText()).endsWith(caseLink);
            notice.findElement(By.tagName("summary")).click();
            assertThat(notice.findElement(By.cssSelector(".gf-notice-text")).getText())
                    .contains("The training requested for David Duarte is approved.");
            adam.page("32-outbox-text");
            adam.click(By.id("lang-fr"), "33-outbox-french");
            assertThat(adam.find(By.id("outbox-heading")).getText()).isEqualTo("Bo\u00eete d'envoi des courriels");
        }
        // the outbox shows people's addresses: administrators only, on the server
        Browserless hana = new Browserless(base);
        hana.login("hana", "gapflow");
        assertThat(hana.get("app/admin/outbox.xhtml").statusCode()).isEqualTo(403);
        assertThat(hana.get("app/home.xhtml").body()).doesNotContain("home-outbox-link").doesNotContain("nav-outbox");
    }

    /** The row of the case's enrolment notice to that address, once its dispatch job has held it. */
    private static WebElement enrolmentNotice(org.openqa.selenium.WebDriver driver, String to, String caseLink) {
        for (WebElement row : driver.findElements(By.cssSelector("tr.gf-notice-row"))) {
            List<WebElement> links = row.findElements(By.cssSelector(".gf-notice-link"));
            if (row.findElement(By.cssSelector(".gf-notice-to")).getText().equals(to) && !links.isEmpty()
                    && links.get(0).getText().endsWith(caseLink)
                    && "HELD".equals(row.findElement(By.cssSelector(".gf-notice-status")).getAttribute("data-status"))) {
                return row;
            }
        }
        return null;
    }

    private void specify(Browser browser, String fee) {
        type(browser, "task:objectiveBehaviour", "Handle a standard enquiry within 6 minutes");
        type(browser, "task:objectiveCondition", "using the new knowledge base");
        type(browser, "task:objectiveCriterion", "9 calls out of 10");
        new Select(browser.find(By.id("task:deliveryFormat"))).selectByValue("classroom");
        type(browser, "task:provider", "Contact Centre Academy");
        type(browser, "task:sessions", "2");
        LocalDate start = LocalDate.now().plusDays(14);
        date(browser, "task:startDate", start);
        date(browser, "task:endDate", start.plusDays(1));
        type(browser, "task:costLines:0:description", "Course fee");
        type(browser, "task:costLines:0:amount", fee);
        type(browser, "task:expectedMonthlyBenefit", "1200");
        try {
            browser.until(d -> d.findElement(By.id("total-cost")).getText().equals("4,800.00"));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("specify-totals-not-updated");
            throw new AssertionError("total cost shows " + browser.find(By.id("total-cost")).getText()
                    + "; browser log: " + browser.driver().manage().logs().get("browser").getAll(), e);
        }
    }

    private static void answer(Browser browser, List<Boolean> answers) {
        String[] questions = {"expectationsClear", "feedbackGiven", "resourcesAdequate", "consequencesRight",
            "couldDoBefore", "skillUsedOften", "taskSimplifiable", "obstaclesPresent", "hasPotential"};
        for (int i = 0; i < questions.length; i++) {
            browser.find(By.cssSelector("input[name='task:" + questions[i] + "'][value='" + answers.get(i) + "']")).click();
        }
    }

    private void openFromGroupList(Browser browser, String caseId, String step, String employee, String pageStep)
            throws Exception {
        String taskId = taskId(caseId, step);
        browser.visit("app/tasks.xhtml?scope=groups&employee=" + employee, pageStep + "-list");
        WebElement link = browser.find(By.cssSelector("a[href*='taskId=" + taskId + "']"));
        link.click();
        browser.page(pageStep);
    }

    private String taskId(String caseId, String step) throws Exception {
        String id = new Browserless(base).get("it/case?caseId=" + caseId + "&step=" + step).body();
        assertThat(id).as("open task " + step + " of case " + caseId).isNotBlank();
        return id;
    }

    private static void awaitTimer(Browserless probe, String caseId, String timer) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (probe.postForm("it/case?caseId=" + caseId + "&timer=" + timer).body().equals("fired")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("enrolment did not reach the " + timer + " timer");
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void date(Browser browser, String id, LocalDate date) {
        // a date input takes the value through script: typing depends on the browser's locale
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1];", browser.find(By.id(id)), date.toString());
    }
}
