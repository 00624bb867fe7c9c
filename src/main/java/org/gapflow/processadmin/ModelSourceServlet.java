package org.gapflow.processadmin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gapflow.platform.InvalidInputException;
import org.gapflow.platform.NotAllowedException;

/**
 * The XML of a deployed version ({@code ?definitionId=}) or of a draft ({@code ?draftId=}), which the
 * diagram and the editor load (by fetch, so serving it as a download costs them nothing). Under /app/processes/, so web.xml admits process owners only; the
 * services check again.
 */
@WebServlet("/app/processes/source")
public class ModelSourceServlet extends HttpServlet {

    @Inject
    ModelCatalogue catalogue;

    @Inject
    ModelDrafts drafts;

    @Inject
    WorkspaceUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String xml;
        String fileName;
        try {
            String draftId = request.getParameter("draftId");
            if (draftId != null) {
                ModelDraft draft = drafts.require(user.actor(), parseId(draftId));
                xml = draft.getContent();
                fileName = draft.getFileName();
            } else {
                String definitionId = request.getParameter("definitionId");
                xml = catalogue.source(user.actor(), definitionId);
                fileName = catalogue.fileNameOf(user.actor(), definitionId);
            }
        } catch (NotAllowedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        response.setContentType("application/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // never a document of GapFlow's origin: a download, and sandboxed should a browser render it anyway
        response.setHeader("Content-Disposition", "attachment; filename=\"" + safeName(fileName) + "\"");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.getWriter().write(xml);
    }

    /** The file name for the header: letters, digits, dot, dash and underscore only. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isBlank() ? "model.xml" : name;
    }

    private static Long parseId(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("draftId", "There is no draft " + text + ".");
        }
    }
}
