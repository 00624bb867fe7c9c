package org.gapflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import org.gapflow.testing.FixtureClient;
import org.gapflow.testing.TaskFixtures;
import org.gapflow.testing.WorkPagesDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The work pages in headless Chromium, as managers, HR and a user without a role meet them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkPagesBrowserIT {

    private static final By ROWS = By.cssSelector("tr.gf-task-row");
    private static final By PAGE_REPORT = By.cssSelector("#task-list\\:tasks .ui-paginator-current");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return WorkPagesDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void managerLogsInAndOpensATaskFromTheList(TestInfo info) {
        String step = TaskFixtures.newStepKey("browser_mark");
        String employee = "Alex Browser " + shortId();
        new FixtureClient(base).assignedTasks(step, "Identify gaps (browser)", "mark", 2, employee);

        try (Browser browser = Browser.open(base, info.getTestMethod().orElseThrow().getName())) {
            browser.logIn("mark", "01-home");
            assertThat(browser.find(By.tagName("h1")).getText()).contains("Mark Manning");
            browser.click(By.id("home-tasks-link"), "02-tasks");
            assertThat(browser.find(By.id("tasks-heading")).getText()).isEqualTo("Tasks");
            assertThat(browser.find(By.id("scope-mine")).getAttribute("aria-current")).isEqualTo("page");

            filter(browser, step, null, "03-filtered");
            List<WebElement> rows = browser.driver().findElements(ROWS);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getText()).contains("Identify gaps (browser)").contains(employee);

            browser.click(By.cssSelector("tr.gf-task-row a.gf-open"), "04-task-form");
            assertThat(browser.find(By.id("step-name")).getText()).isEqualTo("Identify gaps (browser)");
            assertThat(browser.find(By.id("case-employee")).getText()).isEqualTo(employee);
            assertThat(browser.driver().findElements(By.id("task"))).as("the form is shown").hasSize(1);
        }
    }

    @Test
    void hrPagesThroughGroupTasksClaimsOneAndGivesItBack(TestInfo info) {
        String step = TaskFixtures.newStepKey("browser_hr");
        new FixtureClient(base).groupTasks(step, "Approve training (browser)", "hr", 60, "Paging Person " + shortId(), 1);

        try (Browser browser = Browser.open(base, info.getTestMethod().orElseThrow().getName())) {
            browser.logIn("hana", "01-home");
            browser.visit("app/tasks.xhtml?scope=groups", "02-group-tasks");
            filter(browser, step, null, "03-filtered");
            assertThat(browser.driver().findElements(ROWS)).hasSize(50);
            assertThat(browser.find(PAGE_REPORT).getText()).isEqualTo("1\u201350 of 60");

            browser.find(By.cssSelector("#task-list\\:tasks .ui-paginator-next")).click();
            browser.until(ExpectedConditions.textToBe(PAGE_REPORT, "51\u201360 of 60"));
            browser.page("04-second-page");
            assertThat(browser.driver().findElements(ROWS)).hasSize(10);

            browser.find(By.cssSelector("tr.gf-task-row button.gf-claim")).click();
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gf-msg-info")));
            browser.until(ExpectedConditions.textToBe(PAGE_REPORT, "51\u201359 of 59"));
            browser.page("05-claimed");
            assertThat(browser.find(By.cssSelector(".gf-msg-info")).getText()).contains("The task is yours now");

            browser.click(By.id("scope-mine"), "06-my-tasks");
            assertThat(browser.driver().getCurrentUrl()).as("the filters travel with the list").contains("step=" + step);
            assertThat(browser.driver().findElements(ROWS)).hasSize(1);
            browser.find(By.cssSelector("tr.gf-task-row button.gf-unclaim")).click();
            browser.until(ExpectedConditions.numberOfElementsToBe(ROWS, 0));
            browser.page("07-given-back");
            assertThat(browser.find(By.cssSelector(".gf-msg-info")).getText()).contains("back in its group");
        }
    }

    @Test
    void frenchSwitchShowsFrenchLabelsForTheRestOfTheSession(TestInfo info) {
        try (Browser browser = Browser.open(base, info.getTestMethod().orElseThrow().getName())) {
            browser.logIn("mark", "01-home-english");
            assertThat(browser.find(By.id("nav-tasks")).getText()).isEqualTo("Tasks");

            browser.click(By.id("lang-fr"), "02-home-french");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
            assertThat(browser.find(By.id("nav-tasks")).getText()).isEqualTo("T\u00e2ches");
            assertThat(browser.find(By.id("lang-fr")).getAttribute("aria-pressed")).isEqualTo("true");

            browser.click(By.id("nav-tasks"), "03-tasks-french");
            assertThat(browser.find(By.id("scope-mine")).getText()).isEqualTo("Mes t\u00e2ches");
            assertThat(browser.find(By.cssSelector("label[for='filters:step']")).getText()).isEqualTo("\u00c9tape");
            assertThat(browser.find(By.id("filters:apply")).getAttribute("value")).isEqualTo("Afficher les t\u00e2ches");

            browser.click(By.id("lang-en"), "04-tasks-english");
            assertThat(browser.find(By.id("scope-mine")).getText()).isEqualTo("My tasks");
        }
    }

    @Test
    void userWithoutARoleSeesAccessDenied(TestInfo info) {
        try (Browser browser = Browser.open(base, info.getTestMethod().orElseThrow().getName())) {
            browser.logIn("eve", "01-access-denied");
            assertThat(browser.find(By.id("forbidden")).getText()).isEqualTo("Access denied");
            browser.visit("app/tasks.xhtml", "02-tasks-denied");
            assertThat(browser.find(By.id("forbidden")).getText()).isEqualTo("Access denied");
            assertThat(browser.driver().findElements(By.id("task-list"))).isEmpty();
        }
    }

    @Test
    void scriptInDataIsShownAsTextAndNeverRuns(TestInfo info) {
        String step = TaskFixtures.newStepKey("browser_xss");
        new FixtureClient(base).groupTasks(step, "Escaping (browser)", "hr", 1, "<script>alert(1)</script>", 24);

        try (Browser browser = Browser.open(base, info.getTestMethod().orElseThrow().getName())) {
            browser.logIn("hana", "01-home");
            browser.visit("app/tasks.xhtml?scope=groups&step=" + step, "02-escaped");
            assertThat(browser.find(By.cssSelector("tr.gf-task-row .gf-employee")).getText())
                    .isEqualTo("<script>alert(1)</script>");
            assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        }
    }

    @Test
    void someoneElsesTaskLinkShowsAClearMessageAndNoForm(TestInfo info) {
        String step = TaskFixtures.newStepKey("browser_foreign");
        FixtureClient fixtures = new FixtureClient(base);
        String hrTask = fixtures.groupTasks(step, "HR approval (browser)", "hr", 1, "Foreign Browser Person", 24).get(0);

        try (Browser browser = Browser.open(base, info.getTestMethod().orElseThrow().getName())) {
            browser.logIn("mark", "01-home");
            browser.visit("app/it/task-form.xhtml?taskId=" + hrTask, "02-refused");
            assertThat(browser.find(By.id("task-refusal")).getText()).isEqualTo("You may not work on this task.");
            assertThat(browser.driver().findElements(By.id("task"))).isEmpty();
            assertThat(browser.driver().getPageSource()).doesNotContain("Foreign Browser Person");
            browser.click(By.id("back-to-tasks"), "03-back-to-tasks");
            assertThat(browser.find(By.id("tasks-heading")).getText()).isEqualTo("Tasks");
        }
        assertThat(fixtures.state(hrTask)).isEqualTo("open unclaimed");
    }

    /** Uses the filter form as a user does: pick the step, maybe type a name, apply. */
    private static void filter(Browser browser, String step, String employee, String screenshot) {
        new Select(browser.find(By.id("filters:step"))).selectByValue(step);
        if (employee != null) {
            browser.find(By.id("filters:employee")).sendKeys(employee);
        }
        browser.find(By.id("filters:apply")).click();
        browser.until(ExpectedConditions.urlContains("step=" + step));
        browser.page(screenshot);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
