package org.gapflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gapflow.testing.Browserless;
import org.gapflow.testing.FixtureClient;
import org.gapflow.testing.TaskFixtures;
import org.gapflow.testing.WorkPagesDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The work pages over HTTP: security headers, escaping, the language switch, and the task-form gate
 * refusing guessed, foreign and tampered task ids without changing anything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkPagesIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final String FORM_PAGE = "app/it/task-form.xhtml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return WorkPagesDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        Browserless browser = new Browserless(base);
        assertHardened(browser.get("login.xhtml"));
        assertHardened(browser.get("jakarta.faces.resource/gapflow.css.xhtml?ln=gapflow"));
        HttpResponse<String> tasks = loggedIn("hana").get("app/tasks.xhtml");
        assertHardened(tasks);
        assertThat(tasks.headers().firstValue("Content-Security-Policy")).as("PrimeFaces CSP")
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src").contains("nonce-"));
        assertThat(tasks.body()).doesNotContainPattern("\\son[a-z]+=\"").as("no inline event handler");
        HttpResponse<String> forbidden = loggedIn("eve").get("app/tasks.xhtml");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertHardened(forbidden);
    }

    @Test
    void scriptInAnEmployeeNameIsShownAsText() throws Exception {
        String step = TaskFixtures.newStepKey("escape");
        new FixtureClient(base).groupTasks(step, "Escape <b>step</b>", "hr", 1, "<script>alert(1)</script>", 24);

        String page = loggedIn("hana").get("app/tasks.xhtml?scope=groups&step=" + step).body();

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>");
        assertThat(page).contains("Escape &lt;b&gt;step&lt;/b&gt;").doesNotContain("<b>step</b>");
    }

    @Test
    void taskListShowsMyTasksAndMyGroupsTasksWithFilters() throws Exception {
        String step = TaskFixtures.newStepKey("list");
        FixtureClient fixtures = new FixtureClient(base);
        List<String> hrTasks = fixtures.groupTasks(step, "Approve request", "hr", 3, "Listed Person", -24);
        String row = "class=\"gf-step\">Approve request<";
        fixtures.escalate(hrTasks.get(0), "ESCALATION");

        Browserless hana = loggedIn("hana");
        String groups = hana.get("app/tasks.xhtml?scope=groups&step=" + step).body();
        assertThat(count(groups, row)).isEqualTo(3);
        assertThat(count(groups, "gf-flag-overdue")).isEqualTo(3);
        assertThat(count(groups, "gf-flag-escalated")).isEqualTo(1);
        assertThat(groups).contains("Listed Person").contains(FORM_PAGE + "?taskId=" + hrTasks.get(0));
        assertThat(hana.get("app/tasks.xhtml?scope=mine&step=" + step).body()).doesNotContain(row);
        assertThat(hana.get("app/tasks.xhtml?scope=groups&step=" + step + "&employee=listed+person").body())
                .as("name filter, case-insensitive").contains(row);
        assertThat(hana.get("app/tasks.xhtml?scope=groups&step=" + step + "&employee=nobody-like-this").body())
                .doesNotContain(row);
        assertThat(hana.get("app/tasks.xhtml?scope=groups&step=" + step + "&due=week").body())
                .as("overdue tasks are due this week too").contains(row);
        assertThat(loggedIn("mark").get("app/tasks.xhtml?scope=groups&step=" + step).body())
                .as("not a manager's group").doesNotContain(row);
    }

    @Test
    void guessedTaskIdShowsAMessageAndNoForm() throws Exception {
        String page = loggedIn("mark").get(FORM_PAGE + "?taskId=00000000-dead-beef-0000-000000000000").body();
        assertThat(page).contains("id=\"task-refusal\"").contains("does not exist or has already been completed")
                .doesNotContain("id=\"task\"");
        assertThat(loggedIn("mark").get(FORM_PAGE).body()).contains("id=\"task-refusal\"").doesNotContain("id=\"task\"");
    }

    @Test
    void someoneElsesTaskIsRefused() throws Exception {
        String step = TaskFixtures.newStepKey("foreign");
        FixtureClient fixtures = new FixtureClient(base);
        String hrTask = fixtures.groupTasks(step, "HR only", "hr", 1, "Foreign Person", 24).get(0);

        String page = loggedIn("mark").get(FORM_PAGE + "?taskId=" + hrTask).body();

        assertThat(page).contains("You may not work on this task.").doesNotContain("id=\"task\"")
                .doesNotContain("Foreign Person");
        assertThat(fixtures.state(hrTask)).isEqualTo("open unclaimed");
        String asHr = loggedIn("hana").get(FORM_PAGE + "?taskId=" + hrTask).body();
        assertThat(asHr).contains("id=\"task\"").contains("Foreign Person").contains("id=\"claim\"");
    }

    @Test
    void aSubmitWithATamperedTaskIdChangesNothing() throws Exception {
        FixtureClient fixtures = new FixtureClient(base);
        String marksTask = fixtures.assignedTasks(TaskFixtures.newStepKey("own"), "Own step", "mark", 1, "Own Person").get(0);
        String hanasTask = fixtures.assignedTasks(TaskFixtures.newStepKey("hanas"), "Hana's step", "hana", 1, "Other Person").get(0);
        Browserless mark = loggedIn("mark");

        String form = mark.get(FORM_PAGE + "?taskId=" + marksTask).body();
        assertThat(form).contains("id=\"task\"").contains("Own Person");
        HttpResponse<String> tampered = mark.postForm(FORM_PAGE, "task", "task", "task:note", "mine now",
                "task:complete", "Complete", "jakarta.faces.ViewState", viewState(form), "primefaces.nonce", nonce(form), "taskId", hanasTask);

        assertThat(tampered.body()).contains("This task is assigned to someone else.").doesNotContain("id=\"task\"");
        assertThat(fixtures.state(hanasTask)).isEqualTo("open by hana");
        assertThat(fixtures.state(marksTask)).isEqualTo("open by mark");

        form = mark.get(FORM_PAGE + "?taskId=" + marksTask).body();
        mark.postForm(FORM_PAGE, "task", "task", "task:note", "done", "task:complete", "Complete",
                "jakarta.faces.ViewState", viewState(form), "primefaces.nonce", nonce(form), "taskId", marksTask);
        assertThat(fixtures.state(marksTask)).as("the same form with the right id completes").isEqualTo("gone");
    }

    @Test
    void startingAReviewWithNoEmployeeChosenSaysSoOnThePage() throws Exception {
        Browserless mark = loggedIn("mark");
        String form = mark.get("app/reviews/start.xhtml").body();
        HttpResponse<String> nothingChosen = mark.postForm("app/reviews/start.xhtml", "review", "review",
                "review:employee", "", "review:start", "Start",
                "jakarta.faces.ViewState", viewState(form), "primefaces.nonce", nonce(form));
        assertThat(nothingChosen.statusCode()).isEqualTo(200);
        assertThat(nothingChosen.body()).contains("Choose an employee.").doesNotContain("Something went wrong");
    }

    @Test
    void languageSwitchLastsForTheSessionAndStaysOnSite() throws Exception {
        Browserless mark = loggedIn("mark");
        assertThat(mark.get("app/tasks.xhtml").body()).contains("My tasks");

        HttpResponse<String> french = mark.postForm("language", "lang", "fr", "returnTo", base.getPath() + "app/tasks.xhtml?scope=groups");

        assertThat(french.uri().toString()).endsWith("app/tasks.xhtml?scope=groups");
        assertThat(french.body()).contains("lang=\"fr\"").contains("Mes t");
        assertThat(mark.get("app/home.xhtml").body()).contains("Bienvenue");
        mark.postForm("language", "lang", "en", "returnTo", base.getPath() + "app/home.xhtml");
        assertThat(mark.get("app/home.xhtml").body()).contains("Welcome");

        HttpClient noRedirects = HttpClient.newHttpClient();
        for (String target : List.of("//example.invalid/x", "https://example.invalid/", "/elsewhere")) {
            HttpResponse<String> response = noRedirects.send(HttpRequest.newBuilder(URI.create(base + "language"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("lang=fr&returnTo=" + java.net.URLEncoder.encode(target,
                            java.nio.charset.StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Location")).as(target)
                    .hasValueSatisfying(l -> assertThat(l).endsWith(base.getPath() + "app/home.xhtml"));
        }
    }

    private Browserless loggedIn(String user) throws Exception {
        Browserless browser = new Browserless(base);
        browser.login(user, "gapflow");
        return browser;
    }

    private static void assertHardened(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
    }

    private static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        assertThat(matcher.find()).as("page has a JSF form").isTrue();
        return matcher.group(1);
    }

    /** PrimeFaces CSP refuses a postback without the page's nonce (its script adds it to every form). */
    private static String nonce(String html) {
        Matcher matcher = CSP_NONCE.matcher(html);
        assertThat(matcher.find()).as("page initialises PrimeFaces CSP").isTrue();
        return matcher.group(1);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
