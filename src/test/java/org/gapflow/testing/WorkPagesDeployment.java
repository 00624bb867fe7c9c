package org.gapflow.testing;

import java.io.File;

import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The product WAR plus the task fixtures and the test-only step page the work-page tests use. */
public final class WorkPagesDeployment {

    private WorkPagesDeployment() {
    }

    public static WebArchive war(Class<?>... testClasses) {
        return GapFlowDeployment.war(testClasses)
                .addClasses(TaskFixtures.class, TaskFixtureServlet.class, TaskFormProbe.class)
                .addAsWebResource(new File("src/test/webapp/app/it/task-form.xhtml"), "app/it/task-form.xhtml");
    }
}
