package org.gapflow.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the drill reads straight from PostgreSQL, beside the servers: the cases, the engine's history of
 * each job and timer, and the job table's locks.
 */
final class DrillDatabase {

    private final String url;

    DrillDatabase(String url) {
        this.url = url;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    long number(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, Object... parameters)
            throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof String[] values) {
                statement.setArray(i + 1, connection.createArrayOf("varchar", values));
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
    }

    /** Cases of the drill's team, per employee: more than one for an employee is a duplicate. */
    long employeesWithMoreThanOneCase(String run) throws SQLException {
        return number("SELECT count(*) FROM (SELECT c.employee_id FROM gf_review_case c JOIN gf_employee e"
                + " ON e.id = c.employee_id WHERE e.employee_number LIKE ? GROUP BY c.employee_id HAVING count(*) > 1) d",
                "D" + run + "-%");
    }

    long cases(String run) throws SQLException {
        return number("SELECT count(*) FROM gf_review_case c JOIN gf_employee e ON e.id = c.employee_id"
                + " WHERE e.employee_number LIKE ?", "D" + run + "-%");
    }

    /** Completed runs of one activity in one case: 1 is exactly once. */
    long completedRuns(String instance, String activity) throws SQLException {
        return number("SELECT count(*) FROM act_hi_actinst WHERE proc_inst_id_ = ? AND act_id_ = ? AND end_time_ IS NOT NULL",
                instance, activity);
    }

    List<String> jobsLockedBy(String nodeName) throws SQLException {
        return strings("SELECT id_ FROM act_ru_job WHERE lock_owner_ LIKE ? AND lock_exp_time_ > now()", nodeName + "/%");
    }

    long jobsStillThere(List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        return number("SELECT count(*) FROM act_ru_job WHERE id_ = ANY (?)", (Object) ids.toArray(String[]::new));
    }

    long failedJobs(List<String> instances) throws SQLException {
        return number("SELECT count(*) FROM act_ru_job WHERE process_instance_id_ = ANY (?) AND exception_msg_ IS NOT NULL",
                (Object) instances.toArray(String[]::new));
    }

    long waitingAt(List<String> instances, String step) throws SQLException {
        return number("SELECT count(*) FROM act_ru_task WHERE proc_inst_id_ = ANY (?) AND task_def_key_ = ?",
                instances.toArray(String[]::new), step);
    }

    long ended(List<String> instances) throws SQLException {
        return number("SELECT count(*) FROM act_hi_procinst WHERE id_ = ANY (?) AND end_time_ IS NOT NULL",
                (Object) instances.toArray(String[]::new));
    }
}
