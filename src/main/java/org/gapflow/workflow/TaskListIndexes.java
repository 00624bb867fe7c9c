package org.gapflow.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * An index on the engine's task table for GapFlow's task list order (due date, nulls last, then id):
 * with it the page of 50 of a 20,000-task group queue is read from the index instead of sorted. The
 * engine creates its tables at start, so this runs after it, and only creates what is missing.
 */
final class TaskListIndexes {

    private static final Logger LOG = Logger.getLogger(TaskListIndexes.class.getName());

    private TaskListIndexes() {
    }

    static void ensure(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            statement.execute("CREATE INDEX IF NOT EXISTS GF_TASK_DUE_ID ON ACT_RU_TASK (DUE_DATE_"
                    + (postgres ? " ASC NULLS LAST" : "") + ", ID_)");
        } catch (SQLException e) {
            // the list still works without it, only slower on large queues
            LOG.warning(() -> "Task list index not created: " + e.getMessage());
        }
    }
}
