package org.gapflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;

import org.gapflow.testing.Browserless;
import org.gapflow.testing.GapFlowDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Form login on the Elytron realm over GapFlow's tables, roles, 403 for users without one, logout. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GapFlowDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void pagesRequireLogin() throws Exception {
        HttpResponse<String> page = new Browserless(base).get("app/home.xhtml");
        assertThat(page.body()).contains("j_security_check").doesNotContain("Tasks open for you");
    }

    @Test
    void theServersRootLeadsToTheLoginPage() throws Exception {
        // the newcomer's URL: http://localhost:8080/ (the server's root, not GapFlow's context)
        HttpResponse<String> page = new Browserless(base).get("/");
        assertThat(page.uri().getPath()).startsWith("/gapflow/");
        assertThat(page.body()).contains("j_security_check").doesNotContain("WildFly");
    }

    @Test
    void managerLogsInAndSeesWhoTheyAreAndTheirTasks() throws Exception {
        HttpResponse<String> home = new Browserless(base).login("mark", "gapflow");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("Mark Manning")
                .contains("Customer Service Manager")
                .containsPattern("<dd id=\"roles\">\\s*<span class=\"gf-tag\">manager</span>")
                .containsPattern("<dd id=\"open-tasks\">\\d+</dd>");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() throws Exception {
        HttpResponse<String> page = new Browserless(base).login("mark", "not-the-password");
        assertThat(page.body()).contains("id=\"login-error\"").doesNotContain("Customer Service Manager");
    }

    @Test
    void userWithoutAGapFlowRoleGetsForbidden() throws Exception {
        HttpResponse<String> page = new Browserless(base).login("eve", "gapflow");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("id=\"forbidden\"").contains("no GapFlow role");
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        Browserless browser = new Browserless(base);
        browser.login("hana", "gapflow");
        assertThat(browser.get("app/home.xhtml").body()).contains("Hana Hartmann");

        HttpResponse<String> afterLogout = browser.postForm("logout");
        assertThat(afterLogout.body()).contains("You are logged out.");
        assertThat(browser.get("app/home.xhtml").body()).contains("j_security_check").doesNotContain("Hana Hartmann");
    }

    @Test
    void frenchBrowsersGetFrenchPages() throws Exception {
        Browserless browser = new Browserless(base);
        HttpResponse<String> login = browser.getWithLanguage("login.xhtml", "fr-FR,fr;q=0.9");
        assertThat(login.body()).contains("Mot de passe");
    }
}
