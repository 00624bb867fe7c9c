package org.gapflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gapflow.platform.Settings;

/**
 * An empty database of the same kind as the server's, for the bare engine baseline, removed again
 * afterwards: an H2 file database in the server's temp directory, or a PostgreSQL database created
 * beside GapFlow's (gapflow_bench_PID) on the same server with the same account. A URL given in
 * gapflow.bench.bare.url (GAPFLOW_BENCH_BARE_URL) is used as it is and left in place.
 */
final class ScratchDatabase implements AutoCloseable {

    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    final String kind;
    final String driverClass;
    final String url;
    final String user;
    final String password;
    private final Runnable removal;
    private final boolean given;

    private ScratchDatabase(String kind, String driverClass, String url, String user, String password,
                            Runnable removal, boolean given) {
        this.kind = kind;
        this.driverClass = driverClass;
        this.url = url;
        this.user = user;
        this.password = password;
        this.removal = removal;
        this.given = given;
    }

    static ScratchDatabase besideTheServers() throws IOException, SQLException {
        String kind = Settings.get("gapflow.db.driver", "h2");
        String user = Settings.get("gapflow.db.user", "gapflow");
        String password = Settings.get("gapflow.db.password", "gapflow");
        if ("postgresql".equals(kind)) {
            return postgres(user, password);
        }
        if ("h2".equals(kind)) {
            Path parent = Path.of(System.getProperty("jboss.server.temp.dir", System.getProperty("java.io.tmpdir")));
            Path directory = Files.createTempDirectory(parent, "gapflow-bench-bare-");
            // the same URL options as the server's own H2 database (configure.cli)
            return new ScratchDatabase(kind, "org.h2.Driver",
                    "jdbc:h2:file:" + directory.resolve("bare") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "",
                    () -> deleteTree(directory), false);
        }
        throw new IllegalStateException("No bare engine baseline for database kind " + kind);
    }

    private static ScratchDatabase postgres(String user, String password) throws SQLException {
        String driver = "org.postgresql.Driver";
        var givenUrl = Settings.find("gapflow.bench.bare.url");
        if (givenUrl.isPresent()) {
            return new ScratchDatabase("postgresql", driver, givenUrl.get(), user, password, () -> { }, true);
        }
        String serverUrl = Settings.find("gapflow.db.url").orElseThrow(() -> new IllegalStateException(
                "GAPFLOW_DB_URL is not set: cannot tell where to create the baseline's database"));
        Matcher parts = POSTGRES_URL.matcher(serverUrl);
        if (!parts.matches()) {
            throw new IllegalStateException("Cannot derive a database name from " + serverUrl
                    + "; set GAPFLOW_BENCH_BARE_URL");
        }
        String name = "gapflow_bench_" + ProcessHandle.current().pid();
        execute(driver, serverUrl, user, password, "CREATE DATABASE " + name);
        return new ScratchDatabase("postgresql", driver, parts.group(1) + name + parts.group(3), user, password,
                () -> {
                    try {
                        // FORCE: a pooled connection the engine did not give back must not keep it alive
                        execute(driver, serverUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    } catch (SQLException e) {
                        throw new IllegalStateException("Could not drop the baseline database " + name, e);
                    }
                }, false);
    }

    /** Where the baseline runs, without URL parameters (they may hold credentials). */
    String describe() {
        return kind + " " + url.split("[?;]", 2)[0] + (given ? " (given in GAPFLOW_BENCH_BARE_URL, left as it is)"
                : " (created for this run, removed after it)");
    }

    @Override
    public void close() {
        removal.run();
    }

    private static void execute(String driverClass, String url, String user, String password, String sql)
            throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        // the driver straight from the deployment's class loader: DriverManager does not see server modules
        try (Connection connection = driver(driverClass).connect(url, credentials);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Driver driver(String driverClass) {
        try {
            return (Driver) Class.forName(driverClass, true, ScratchDatabase.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JDBC driver " + driverClass + " is not visible to the deployment", e);
        }
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not delete " + directory, e);
        }
    }
}
