package org.gapflow.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language switcher's target: a plain form post, so it works without script (CSP) and from any
 * page, then back to the page the user was on.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int MAX_RETURN_PATH = 2000;

    @Inject
    LocaleChoice choice;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        choice.choose(request.getParameter("lang"));
        response.sendRedirect(safeReturnPath(request));
    }

    /** Only a path of this application: a crafted returnTo must not turn the switcher into an open redirect. */
    static String safeReturnPath(HttpServletRequest request) {
        String home = request.getContextPath() + "/app/home.xhtml";
        String target = request.getParameter("returnTo");
        // a page's own path is short; a longer one is crafted, and would not survive the redirect
        if (target == null || target.length() > MAX_RETURN_PATH
                || !target.startsWith(request.getContextPath() + "/") || target.startsWith("//")
                || target.contains("\\") || target.chars().anyMatch(Character::isISOControl)) {
            return home;
        }
        return target;
    }
}
