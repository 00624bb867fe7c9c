package org.gapflow.workflow;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one task list asks for: whose tasks, which filters, which order. It writes the SQL of the
 * engine's native task query, so a page among 100,000 open tasks is one indexed select with a limit and
 * one count, and the employee filter is a join instead of a list of ids.
 */
public final class TaskListQuery {

    /** Sortable columns; the due date is the default, tasks without one last. */
    public enum Order {
        DUE("RES.DUE_DATE_"),
        CREATED("RES.CREATE_TIME_");

        final String column;

        Order(String column) {
            this.column = column;
        }
    }

    private final TaskListScope scope;
    private final String userId;
    private final List<String> groupIds;
    private String employeeNameContains;
    private String stepKey;
    private DueFilter due = DueFilter.ANY;
    private Order order = Order.DUE;
    private boolean ascending = true;
    private Instant now = Instant.now();
    private ZoneId zone = ZoneId.systemDefault();

    private TaskListQuery(TaskListScope scope, String userId, Collection<String> groupIds) {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a task list needs a user");
        }
        this.scope = scope;
        this.userId = userId;
        this.groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }

    public static TaskListQuery of(TaskListScope scope, String userId, Collection<String> groupIds) {
        return new TaskListQuery(scope, userId, groupIds);
    }

    public TaskListQuery employeeNameContains(String text) {
        this.employeeNameContains = text == null || text.isBlank() ? null : text.strip();
        return this;
    }

    public TaskListQuery step(String taskDefinitionKey) {
        this.stepKey = taskDefinitionKey == null || taskDefinitionKey.isBlank() ? null : taskDefinitionKey;
        return this;
    }

    public TaskListQuery due(DueFilter filter) {
        this.due = filter == null ? DueFilter.ANY : filter;
        return this;
    }

    public TaskListQuery orderBy(Order column, boolean ascending) {
        this.order = column == null ? Order.DUE : column;
        this.ascending = ascending;
        return this;
    }

    /** The clock and zone that "overdue" and "this week" are measured with (tests fix them). */
    public TaskListQuery at(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
        return this;
    }

    public TaskListScope scope() {
        return scope;
    }

    public String userId() {
        return userId;
    }

    public List<String> groupIds() {
        return groupIds;
    }

    public Instant now() {
        return now;
    }

    /** True when the query can match nothing (group tasks of a user without groups): no database trip. */
    boolean isEmpty() {
        return scope == TaskListScope.GROUPS && groupIds.isEmpty();
    }

    String selectSql() {
        String direction = ascending ? "asc" : "desc";
        // NULLS LAST in both directions: a task without a due date is never the most urgent one;
        // the id makes the order total, so pages never overlap or skip.
        return "select RES.* " + fromWhere() + " order by " + order.column + " " + direction + " nulls last, RES.ID_ asc";
    }

    String countSql() {
        return "select count(RES.ID_) " + fromWhere();
    }

    /** Counts no further than {@code limit}: the database stops at the limit instead of visiting the whole queue. */
    String countSql(int limit) {
        return "select count(*) from (select RES.ID_ " + fromWhere() + " limit " + limit + ") CAPPED";
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("userId", userId);
        for (int i = 0; i < groupIds.size(); i++) {
            parameters.put("group" + i, groupIds.get(i));
        }
        if (stepKey != null) {
            parameters.put("stepKey", stepKey);
        }
        if (employeeNameContains != null) {
            parameters.put("employeeName", "%" + escapeLike(employeeNameContains.toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (due == DueFilter.OVERDUE) {
            parameters.put("dueBefore", Date.from(now));
        } else if (due == DueFilter.THIS_WEEK) {
            parameters.put("dueBefore", Date.from(endOfWeek()));
        }
        return parameters;
    }

    Instant endOfWeek() {
        ZonedDateTime local = now.atZone(zone);
        return local.truncatedTo(ChronoUnit.DAYS)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .toInstant();
    }

    private String fromWhere() {
        StringBuilder sql = new StringBuilder(" from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1");
        if (scope == TaskListScope.MINE) {
            sql.append(" and RES.ASSIGNEE_ = #{userId}");
        } else {
            sql.append(" and RES.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK LINK")
                    .append(" where LINK.TASK_ID_ = RES.ID_ and LINK.TYPE_ = 'candidate' and (LINK.USER_ID_ = #{userId}");
            if (!groupIds.isEmpty()) {
                sql.append(" or LINK.GROUP_ID_ in (");
                for (int i = 0; i < groupIds.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append("#{group").append(i).append('}');
                }
                sql.append(')');
            }
            sql.append("))");
        }
        if (stepKey != null) {
            sql.append(" and RES.TASK_DEF_KEY_ = #{stepKey}");
        }
        if (due != DueFilter.ANY) {
            sql.append(" and RES.DUE_DATE_ < #{dueBefore}");
        }
        if (employeeNameContains != null) {
            // the process contract: a process-level variable employeeId holds gf_employee.id; the variable's
            // scope is the process instance, and (VAR_SCOPE_, NAME_) is the engine's unique index
            sql.append(" and exists (select 1 from ACT_RU_VARIABLE VAR join gf_employee EMP on EMP.id = VAR.LONG_")
                    .append(" where VAR.VAR_SCOPE_ = RES.PROC_INST_ID_ and VAR.NAME_ = '")
                    .append(WorkflowContract.EMPLOYEE_ID).append("'")
                    .append(" and lower(EMP.full_name) like #{employeeName} escape '!')");
        }
        return sql.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
