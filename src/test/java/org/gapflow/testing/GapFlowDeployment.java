package org.gapflow.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build produced (target/gapflow.war), as Arquillian deploys it, plus the test's own
 * classes. Integration tests run against the real application, not a hand-picked subset.
 */
public final class GapFlowDeployment {

    /** Names of the files in the project's processes/ folder, written into the archive for EngineIT. */
    public static final String EXPECTED_PROCESSES = "WEB-INF/classes/expected-processes.txt";

    private GapFlowDeployment() {
    }

    public static WebArchive war(Class<?>... testClasses) {
        String path = System.getProperty("gapflow.war", "target/gapflow.war");
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "gapflow.war")
                .importFrom(new File(path))
                .as(WebArchive.class);
        war.addClasses(testClasses);
        war.addClass(GapFlowDeployment.class);
        // in-container tests assert with AssertJ, which the product does not ship
        war.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        war.add(new StringAsset(processFileNames()), EXPECTED_PROCESSES);
        return war;
    }

    public static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String processFileNames() {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".bpmn") || n.endsWith(".dmn"))
                    .sorted()
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list processes/", e);
        }
    }
}
