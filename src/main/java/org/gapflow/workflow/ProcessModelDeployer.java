package org.gapflow.workflow;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Deploys the BPMN and DMN files of the project's processes/ folder (packaged into the WAR) at start.
 * Duplicate filtering makes a new version only for a file that changed since the last start.
 */
@ApplicationScoped
public class ProcessModelDeployer {

    /** Deployment name of the models shipped in processes/; revisions from the workspace use their own. */
    public static final String DEPLOYMENT_NAME = "gapflow-processes";
    static final String FOLDER = "/WEB-INF/classes/processes/";
    private static final Logger LOG = Logger.getLogger(ProcessModelDeployer.class.getName());

    public Deployment deployProcessesFolder(ProcessEngine engine, ServletContext servletContext) {
        Set<String> paths = servletContext.getResourcePaths(FOLDER);
        List<String> models = paths == null ? List.of() : paths.stream()
                .filter(p -> p.endsWith(".bpmn") || p.endsWith(".dmn"))
                .sorted()
                .toList();
        if (models.isEmpty()) {
            LOG.warning("No BPMN or DMN file found in processes/: nothing deployed");
            return null;
        }
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("processes/")
                .enableDuplicateFiltering(true);
        for (String path : models) {
            InputStream content = servletContext.getResourceAsStream(path);
            builder.addInputStream(path.substring(FOLDER.length()), content);
        }
        Deployment deployment = builder.deploy();
        LOG.info(() -> "processes/ deployed as " + deployment.getId() + ": " + models);
        return deployment;
    }
}
