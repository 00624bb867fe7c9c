package org.gapflow.testing;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.List;

/** Calls the test-only /it/tasks endpoint from tests that run as a client (HTTP tests, browser tests). */
public class FixtureClient {

    private final Browserless http;

    public FixtureClient(URL base) {
        this.http = new Browserless(base);
    }

    /** Starts {@code count} cases of a new one-step process whose task waits for the candidate group. */
    public List<String> groupTasks(String step, String stepName, String group, int count, String employeeName,
                                   Integer dueHours) {
        return taskIds(post("step", step, "name", stepName, "group", group, "count", Integer.toString(count),
                "employee", employeeName, "dueHours", dueHours == null ? null : dueHours.toString()));
    }

    /** Starts {@code count} cases of a new one-step process whose task is assigned to the user. */
    public List<String> assignedTasks(String step, String stepName, String assignee, int count, String employeeName) {
        return taskIds(post("step", step, "name", stepName, "assignee", assignee, "count", Integer.toString(count),
                "employee", employeeName, "dueHours", "48"));
    }

    public void escalate(String taskId, String kind) {
        post("escalate", taskId, "kind", kind);
    }

    public String state(String taskId) {
        try {
            return http.get("it/tasks?taskId=" + taskId).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String post(String... namesAndValues) {
        List<String> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                pairs.add(namesAndValues[i]);
                pairs.add(namesAndValues[i + 1]);
            }
        }
        try {
            var response = http.postForm("it/tasks", pairs.toArray(String[]::new));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("fixture call failed: " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> taskIds(String body) {
        return Arrays.stream(body.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
