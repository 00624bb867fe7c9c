package org.gapflow.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.gapflow.platform.Settings;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs GapFlow's Flyway migrations while Hibernate builds the session factory, before it validates
 * the schema: the container starts the persistence unit ahead of any application code, so this is
 * the one hook that runs early enough.
 */
public class FlywayIntegrator implements Integrator {

    public static final String DATASOURCE = "java:jboss/datasources/GapFlowDS";
    private static final Logger LOG = Logger.getLogger(FlywayIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = lookupDataSource();
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoDataWanted(dataSource)) {
            locations.add("classpath:db/demo");
        }
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .table("gf_schema_history")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "GapFlow schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now, locations " + locations + ")");
    }

    @Override
    public void integrate(Metadata metadata, SessionFactoryImplementor sessionFactory,
                          SessionFactoryServiceRegistry serviceRegistry) {
        // superseded by the BootstrapContext variant above
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }

    /** The demo organisation loads on the embedded H2 default unless switched off, elsewhere only when asked. */
    private static boolean demoDataWanted(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean embedded = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
            return Settings.flag("gapflow.demo.data", embedded);
        } catch (SQLException e) {
            throw new IllegalStateException("GapFlow cannot reach its database: " + e.getMessage(), e);
        }
    }

    private static DataSource lookupDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("Datasource " + DATASOURCE + " is not configured", e);
        }
    }
}
