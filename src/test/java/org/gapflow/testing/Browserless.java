package org.gapflow.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** An HTTP session against the deployed application, with cookies, for tests that run as a client. */
public class Browserless {

    private final URL base;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    public Browserless(URL base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> getWithLanguage(String path, String acceptLanguage)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(resolve(path)).header("Accept-Language", acceptLanguage).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(String path, String... namesAndValues) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return client.send(HttpRequest.newBuilder(resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Form login the way a browser does it: ask for a page, post the login form, land on the page. */
    public HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
        get("app/home.xhtml");
        return postForm("j_security_check", "j_username", user, "j_password", password);
    }

    private URI resolve(String path) {
        return URI.create(base.toString()).resolve(path);
    }
}
