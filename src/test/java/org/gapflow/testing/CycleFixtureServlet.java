package org.gapflow.testing;

import java.io.IOException;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gapflow.review.ReviewCase;
import org.gapflow.training.ApprovalOutcome;
import org.gapflow.workflow.Actor;

/**
 * Test-only endpoint (in test archives, never in the product) for tests that run as a client:
 * POST /it/cycle?employee=E007&upTo=started|sent-back starts a review by mark for the employee and, for
 * "sent-back", drives it through gaps, causes, solutions and a training request that hana sends back;
 * answers the case id.
 */
@WebServlet("/it/cycle")
public class CycleFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final Actor MARK = new Actor("mark", Set.of("manager"));
    static final Actor HANA = new Actor("hana", Set.of("hr"));
    public static final String SEND_BACK_REASON = "Add the travel cost.";

    @Inject
    CycleDriver cycle;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReviewCase started = cycle.start(MARK, cycle.employee(request.getParameter("employee")));
        if ("sent-back".equals(request.getParameter("upTo"))) {
            cycle.identifyGap(MARK, started, "Customer satisfaction (NPS)", "1500");
            cycle.analyseCausesPointingToTraining(MARK, started);
            cycle.chooseTrainingAndCoaching(MARK, started);
            cycle.specify(MARK, started, "1200");
            cycle.decideAsHr(HANA, started, ApprovalOutcome.SENT_BACK, SEND_BACK_REASON);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(started.getId().toString());
    }
}
