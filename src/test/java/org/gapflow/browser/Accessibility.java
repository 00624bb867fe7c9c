package org.gapflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility gate every page of a browser test passes (called from {@link Browser#page}).
 * A few structural rules checked in the page itself, then axe-core: no serious or critical violation.
 */
final class Accessibility {

    private static final String RULES = """
            const problems = [];
            const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
            const named = el => (el.getAttribute('aria-label') || '').trim() || (el.getAttribute('title') || '').trim()
                || (el.getAttribute('aria-labelledby') && document.getElementById(el.getAttribute('aria-labelledby')));
            if (!(document.documentElement.getAttribute('lang') || '').trim()) problems.push('html has no lang');
            if (!document.title.trim()) problems.push('page has no title');
            if (document.querySelectorAll('main').length !== 1) problems.push('page needs exactly one main landmark');
            if (!document.querySelector('h1')) problems.push('page has no h1');
            const buttonTypes = ['submit', 'button', 'reset'];
            document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(el => {
              if (buttonTypes.includes(el.type)) {
                if (visible(el) && !(el.value || '').trim() && !named(el)) problems.push('button without a name: ' + (el.id || el.name));
                return;
              }
              if (visible(el) && el.labels.length === 0 && !named(el)) problems.push('field without label: ' + (el.id || el.name));
            });
            document.querySelectorAll('button, a[href], [role=button]').forEach(el => {
              if (visible(el) && !el.textContent.trim() && !named(el)) problems.push('control without a name: ' + el.outerHTML.slice(0, 120));
            });
            document.querySelectorAll('img:not([alt])').forEach(el => problems.push('image without alt: ' + el.src));
            const ids = {};
            document.querySelectorAll('[id]').forEach(el => { ids[el.id] = (ids[el.id] || 0) + 1; });
            Object.keys(ids).filter(id => ids[id] > 1).forEach(id => problems.push('duplicate id: ' + id));
            return problems;
            """;

    private Accessibility() {
    }

    /** axe-core as the build's npm install left it (src/main/frontend/node_modules), injected into each page. */
    private static final java.nio.file.Path AXE = java.nio.file.Path.of(System.getProperty("basedir", "."),
            "src", "main", "frontend", "node_modules", "axe-core", "axe.min.js");
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] }).then(result => done(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                    + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.html.slice(0, 160)).join(', '))));
            """;
    private static String axeSource;

    @SuppressWarnings("unchecked")
    static void assertAccessible(WebDriver driver, String page) {
        List<String> problems = new java.util.ArrayList<>((List<String>) ((JavascriptExecutor) driver).executeScript(RULES));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe());
        problems.addAll((List<String>) js.executeAsyncScript(AXE_RUN));
        assertThat(problems).as("accessibility of " + page + " (" + driver.getCurrentUrl() + ")").isEmpty();
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try {
                axeSource = java.nio.file.Files.readString(AXE);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("axe-core is missing at " + AXE + ": the build's npm install "
                        + "(src/main/frontend) provides it; run ./mvnw verify, not only the browser test", e);
            }
        }
        return axeSource;
    }
}
