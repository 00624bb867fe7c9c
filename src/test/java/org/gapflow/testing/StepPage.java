package org.gapflow.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step page posted to over HTTP the way its form would be, but with any values (a browser's maxlength
 * does not bind a client): the JSF view state and the PrimeFaces CSP nonce come from the page just
 * opened. Reads back what the answer shows next to a field.
 */
public class StepPage {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final Browserless browser;
    private final String path;
    private final String taskId;
    private String html;

    public StepPage(Browserless browser, String page, String taskId) {
        this.browser = browser;
        this.path = "app/tasks/" + page;
        this.taskId = taskId;
    }

    /** Opens the page afresh (a new view, so every post starts from what the server holds). */
    public String open() throws IOException, InterruptedException {
        html = browser.get(path + "?taskId=" + taskId).body();
        if (!html.contains("id=\"task\"")) {
            throw new IllegalStateException("No task form on " + path + ": " + html);
        }
        return html;
    }

    /** The form posted with this button (a full submit, as "Complete" is); answers the page shown next. */
    public String submit(String button, Map<String, List<String>> values) throws IOException, InterruptedException {
        return post(values, button, "Complete");
    }

    /** "Save draft" as its button posts it (ajax, the whole form); answers the partial response. */
    public String saveDraft(Map<String, List<String>> values) throws IOException, InterruptedException {
        return post(values, "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "task:save-draft",
                "jakarta.faces.partial.execute", "task", "jakarta.faces.partial.render", "task",
                "task:save-draft", "task:save-draft");
    }

    private String post(Map<String, List<String>> values, String... extra) throws IOException, InterruptedException {
        List<String> form = new ArrayList<>(List.of("task", "task", "taskId", taskId));
        form.addAll(viewState(html));
        values.forEach((name, list) -> list.forEach(value -> {
            form.add(name);
            form.add(value);
        }));
        form.addAll(List.of(extra));
        return browser.postForm(path, form.toArray(String[]::new)).body();
    }

    /** The JSF view state and the PrimeFaces CSP nonce of a page, as names and values to post with its form. */
    public static List<String> viewState(String html) {
        return List.of("jakarta.faces.ViewState", first(VIEW_STATE, html), "primefaces.nonce", first(CSP_NONCE, html));
    }

    /**
     * The error shown next to the field: the message PrimeFaces renders after the field and before any
     * other field (p:message for="..." placed beside it); null when there is none.
     */
    public static String messageFor(String html, String clientId) {
        Matcher field = Pattern.compile("<textarea[^>]*\\sid=\"" + Pattern.quote(clientId) + "\"[^>]*>.*?</textarea>|<input[^>]*\\sid=\""
                + Pattern.quote(clientId) + "\"[^>]*>", Pattern.DOTALL).matcher(html);
        if (!field.find()) {
            return null;
        }
        String after = html.substring(field.end());
        Matcher nextField = Pattern.compile("<(?:input|textarea|select)[\\s>]").matcher(after);
        String beside = nextField.find() ? after.substring(0, nextField.start()) : after;
        Matcher message = Pattern.compile("class=\"ui-message-error-detail\"[^>]*>([^<]*)<").matcher(beside);
        return message.find() ? message.group(1).trim() : null;
    }

    /** What a field shows: the text of an input or text area, the choice of radio buttons, a check box or a list; null when none. */
    public static String valueOf(String html, String clientId) {
        Matcher area = Pattern.compile("<textarea[^>]*id=\"" + Pattern.quote(clientId) + "\"[^>]*>(.*?)</textarea>",
                Pattern.DOTALL).matcher(html);
        if (area.find()) {
            // HTML drops one line break right after <textarea>, which a renderer may write before the text
            return area.group(1).startsWith("\n") ? area.group(1).substring(1) : area.group(1);
        }
        String input = element(html, clientId);
        if (input != null && input.startsWith("<input") && !input.matches("(?s).*\\stype=\"(checkbox|radio)\".*")) {
            Matcher value = Pattern.compile("\\svalue=\"([^\"]*)\"").matcher(input);
            return value.find() ? value.group(1) : null;
        }
        return chosen(html, clientId);
    }

    /** The ticked radio button or check box (its value, "on" without one) or the selected option of a field. */
    private static String chosen(String html, String name) {
        Matcher box = Pattern.compile("<input(?=[^>]*\\sname=\"" + Pattern.quote(name) + "\")(?=[^>]*\\schecked)[^>]*>")
                .matcher(html);
        if (box.find()) {
            Matcher value = Pattern.compile("\\svalue=\"([^\"]*)\"").matcher(box.group());
            return value.find() ? value.group(1) : "on";
        }
        Matcher select = Pattern.compile("<select[^>]*\\sname=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</select>",
                Pattern.DOTALL).matcher(html);
        if (select.find()) {
            Matcher option = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected").matcher(select.group(1));
            return option.find() ? option.group(1) : null;
        }
        return null;
    }

    /** An attribute of the field's element (input or textarea); null when absent. */
    public static String attribute(String html, String clientId, String name) {
        String element = element(html, clientId);
        if (element == null) {
            return null;
        }
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(element);
        return value.find() ? value.group(1) : null;
    }

    private static String element(String html, String clientId) {
        Matcher element = Pattern.compile("<(?:input|textarea)[^>]*\\sid=\"" + Pattern.quote(clientId) + "\"[^>]*>")
                .matcher(html);
        return element.find() ? element.group() : null;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Not on the page: " + pattern);
        }
        return matcher.group(1);
    }
}
