package org.gapflow.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import javax.sql.DataSource;

/**
 * Closes the embedded H2 database (the quick start's default) when GapFlow stops.
 * <p>
 * H2 starts a cleaner thread (H2-lob-cleaner) the first time a transaction frees a LOB and keeps it
 * until the database closes. Started from one of GapFlow's threads, it inherits that thread's context
 * class loader and access control context, both of which reach GapFlow's class loader: every later
 * undeploy would leave the whole application loaded. The server's pool keeps the database open, so
 * GapFlow closes it; the next deployment's first connection opens it again (the datasource validates
 * pooled connections before handing them out).
 */
@ApplicationScoped
public class EmbeddedDatabaseShutdown {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseShutdown.class.getName());

    @Resource(lookup = FlywayIntegrator.DATASOURCE)
    DataSource dataSource;

    // after the engine and everything else that may still commit has stopped
    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) @BeforeDestroyed(ApplicationScoped.class) Object event) {
        try (Connection connection = dataSource.getConnection()) {
            if (isEmbeddedH2File(connection.getMetaData().getURL())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
                LOG.fine("Embedded H2 database closed");
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not close the embedded H2 database: " + e.getMessage(), e);
        }
    }

    /** A file database in this JVM; in-memory ones would lose their data, remote ones are not ours to close. */
    static boolean isEmbeddedH2File(String url) {
        if (url == null) {
            return false;
        }
        String u = url.toLowerCase(Locale.ROOT);
        if (!u.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = u.substring("jdbc:h2:".length());
        return !(rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:"));
    }
}
