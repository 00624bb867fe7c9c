package org.gapflow.testing;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gapflow.review.ReviewCase;

/**
 * Test-only endpoint (in test archives, never in the product) for tests that run as a client:
 * POST /it/step?step=AnalyseCauses&employee=E006 brings a new case of mark's to that step and answers
 * "caseId taskId"; GET /it/step?caseId=..&taskId=.. answers what the case has written (StepFixtures.written).
 */
@WebServlet("/it/step")
public class StepFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    StepFixtures fixtures;

    @Inject
    CycleDriver cycle;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String step = request.getParameter("step");
        try {
            ReviewCase c = fixtures.caseAt(step, request.getParameter("employee"));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(c.getId() + " " + cycle.task(c, step));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(500, "interrupted");
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(fixtures.written(Long.valueOf(request.getParameter("caseId")),
                request.getParameter("taskId")));
    }
}
