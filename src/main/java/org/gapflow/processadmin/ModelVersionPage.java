package org.gapflow.processadmin;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.gapflow.platform.InvalidInputException;

/** One process version: its diagram with per-step figures (overlays drawn by diagram.js) and the same as a table. */
@Named
@RequestScoped
public class ModelVersionPage {

    @Inject
    ModelCatalogue catalogue;
    @Inject
    WorkspaceUser user;

    private String definitionId;
    private ProcessDefinition definition;
    private List<StepStatistics> steps;

    public ProcessDefinition getDefinition() {
        if (definition == null) {
            definition = catalogue.requireProcess(definitionId);
        }
        return definition;
    }

    /** A version id that names no version (a stale or edited link) answers "not found" (version.xhtml's view action). */
    public void respondNotFoundWhenUnknown() throws IOException {
        try {
            getDefinition();
        } catch (InvalidInputException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, e.getMessage());
            context.responseComplete();
        }
    }

    public List<StepStatistics> getSteps() {
        if (steps == null) {
            steps = catalogue.steps(user.actor(), definitionId);
        }
        return steps;
    }

    public String getXml() {
        return catalogue.source(user.actor(), definitionId);
    }

    /** {"StepId": {"running": 2, "incidents": 0, "completed": 10, "averageMillis": 3600000}, ...} */
    public String getStatisticsJson() {
        JsonObjectBuilder all = Json.createObjectBuilder();
        for (StepStatistics step : getSteps()) {
            JsonObjectBuilder one = Json.createObjectBuilder()
                    .add("running", step.running())
                    .add("incidents", step.incidents())
                    .add("completed", step.completed());
            if (step.averageMillis() != null) {
                one.add("averageMillis", step.averageMillis());
            }
            all.add(step.activityId(), one);
        }
        return all.build().toString();
    }

    public String getDefinitionId() {
        return definitionId;
    }

    public void setDefinitionId(String definitionId) {
        this.definitionId = definitionId;
    }

    /** "2 d 3 h", "4 h 10 min", "35 s": durations as people read them. */
    public String duration(Long millis) {
        if (millis == null) {
            return "";
        }
        long seconds = millis / 1000;
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return minutes > 0 ? minutes + " min" : seconds + " s";
    }
}
