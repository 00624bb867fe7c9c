package org.gapflow.review;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.gapflow.workflow.Actor;

/**
 * The cases a user may see (the rule of {@link CaseVisibility}), a page at a time: HR every case; anyone
 * else the cases of their reporting line and the cases they manage. The reporting line is walked by the
 * database (a recursive query), so a page costs two queries for the ids and one for the rows, whatever
 * the size of the organisation.
 */
@ApplicationScoped
public class VisibleCases {

    /** Same guard as PeopleDirectory: a reporting line deeper than this is a cycle in the data. */
    static final int MAX_DEPTH = 32;

    private static final String REPORTING_LINE = """
            WITH RECURSIVE line (id, depth) AS (
                SELECT e.id, 1 FROM gf_employee e JOIN gf_employee m ON e.manager_id = m.id WHERE m.username = :me
                UNION ALL
                SELECT e.id, l.depth + 1 FROM gf_employee e JOIN line l ON e.manager_id = l.id WHERE l.depth < %d
            )
            """.formatted(MAX_DEPTH);

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Inject
    CaseVisibility visibility;

    public long count(Actor actor, CaseListFilter filter) {
        Query query = entityManager.createNativeQuery(sql(actor, filter, "SELECT COUNT(*)", ""));
        bind(query, actor, filter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The cases from position {@code first}, at most {@code max}, newest first. */
    public List<CaseListRow> page(Actor actor, CaseListFilter filter, int first, int max) {
        Query idQuery = entityManager.createNativeQuery(
                sql(actor, filter, "SELECT c.id", " ORDER BY c.started_at DESC, c.id DESC"));
        bind(idQuery, actor, filter);
        List<Long> ids = ((List<?>) idQuery.setFirstResult(first).setMaxResults(max).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createQuery(
                        "select c, e.fullName, e.jobTitle, t.name, m.fullName from ReviewCase c join c.employee e "
                                + "left join e.team t left join Employee m on m.username = c.managerUsername "
                                + "where c.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, CaseListRow> byId = rows.stream().map(VisibleCases::row)
                .collect(Collectors.toMap(CaseListRow::caseId, Function.identity(), (a, b) -> a));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static CaseListRow row(Object[] r) {
        ReviewCase c = (ReviewCase) r[0];
        return new CaseListRow(c.getId(), (String) r[1], (String) r[2], (String) r[3],
                r[4] == null ? c.getManagerUsername() : (String) r[4], c.getStatus(), c.getStartedAt(), c.getClosedAt());
    }

    private String sql(Actor actor, CaseListFilter filter, String select, String orderBy) {
        boolean all = visibility.seesAllCases(actor);
        StringBuilder sql = new StringBuilder(all ? "" : REPORTING_LINE)
                .append(select)
                .append(" FROM gf_review_case c JOIN gf_employee e ON e.id = c.employee_id WHERE 1 = 1");
        if (!all) {
            sql.append(" AND (c.employee_id IN (SELECT id FROM line) OR c.manager_username = :me)");
        }
        if (filter.employeeNameContains() != null) {
            sql.append(" AND LOWER(e.full_name) LIKE :name ESCAPE '!'");
        }
        switch (filter.state()) {
            case OPEN -> sql.append(" AND c.closed_at IS NULL");
            case CLOSED -> sql.append(" AND c.closed_at IS NOT NULL");
            case ALL -> { }
        }
        return sql.append(orderBy).toString();
    }

    private void bind(Query query, Actor actor, CaseListFilter filter) {
        if (!visibility.seesAllCases(actor)) {
            query.setParameter("me", actor.userId());
        }
        if (filter.employeeNameContains() != null) {
            String escaped = filter.employeeNameContains().toLowerCase(java.util.Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            query.setParameter("name", "%" + escaped + "%");
        }
    }
}
