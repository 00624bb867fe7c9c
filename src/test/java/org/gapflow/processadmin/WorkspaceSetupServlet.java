package org.gapflow.processadmin;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gapflow.workflow.Actor;

/**
 * Test-only endpoint (in the browser test's archive, never in the product): deploys a first version of
 * a process with a reminder and starts one case; reports a case's version and reminder afterwards.
 */
@WebServlet("/it/workspace")
public class WorkspaceSetupServlet extends HttpServlet {

    @Inject
    ModelRollout rollout;
    @Inject
    RuntimeService runtimeService;
    @Inject
    RepositoryService repositoryService;

    @Inject
    DecisionService decisionService;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String decision = request.getParameter("decision");
        if (decision != null) {
            // a decision with three past evaluations, for "try the decision"
            rollout.deploy(new Actor("pat", Set.of("process-owner")),
                    TestModels.file(decision + ".dmn", TestModels.routeDecision(decision, 1000)), "route by total cost");
            for (int amount : new int[] {500, 800, 1500}) {
                decisionService.evaluateDecisionTableByKey(decision, Map.of("totalCost", amount));
            }
            response.getWriter().write("evaluated");
            return;
        }
        String key = request.getParameter("key");
        List<DeployedVersion> versions = rollout.deploy(new Actor("pat", Set.of("process-owner")),
                TestModels.file(key + ".bpmn", TestModels.reviewWithReminder(key, "P3D")), "first version");
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(key);
        response.getWriter().write(versions.get(0).definitionId() + "\n" + instance.getId());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(request.getParameter("case")).singleResult();
        int version = repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getVersion();
        response.getWriter().write("version=" + version + ";reviewReminder="
                + runtimeService.getVariable(instance.getId(), "reviewReminder"));
    }
}
