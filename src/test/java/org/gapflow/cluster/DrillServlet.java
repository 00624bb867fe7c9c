package org.gapflow.cluster;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test-only endpoints the fault drill calls on either node, as a client would call pages:
 * POST team?run=R&size=N, cycle?run=R&index=I (answers the process instance id), timers (body: instance
 * ids, one per line; answers how many timers moved), evaluate?run=R&instance=P. Failures are left to the
 * server's own error handling, which is what the drill observes.
 */
@WebServlet("/it/drill/*")
public class DrillServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DrillCycle cycle;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String run = request.getParameter("run");
        String answer;
        switch (String.valueOf(request.getPathInfo())) {
            case "/team" -> {
                cycle.createTeam(run, Integer.parseInt(request.getParameter("size")));
                answer = "created";
            }
            case "/cycle" -> answer = cycle.frontHalf(run, Integer.parseInt(request.getParameter("index")));
            case "/timers" -> {
                List<String> instances = Arrays.stream(new String(request.getInputStream().readAllBytes())
                        .split("\n")).filter(line -> !line.isBlank()).toList();
                answer = String.valueOf(cycle.timersDueNow(instances));
            }
            case "/evaluate" -> {
                cycle.evaluate(run, request.getParameter("instance"));
                answer = "evaluated";
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }
}
