package org.gapflow.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.gapflow.people.Role;

/**
 * Reads accounts and roles with plain SQL on the engine's connection (same JTA transaction), so the
 * engine's identity queries work on request and job threads without a persistence context.
 */
class PeopleDirectoryReader {

    private static final String USER_SELECT =
            "SELECT a.username, e.full_name, e.email FROM gf_user_account a "
            + "LEFT JOIN gf_employee e ON e.username = a.username WHERE a.enabled = TRUE";

    private final DataSource dataSource;

    PeopleDirectoryReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<UserEntity> users(Collection<String> ids, String groupId) {
        StringBuilder sql = new StringBuilder(USER_SELECT);
        List<String> parameters = new ArrayList<>();
        if (ids != null) {
            if (ids.isEmpty()) {
                return List.of();
            }
            sql.append(" AND a.username IN (")
                    .append(ids.stream().map(i -> "?").collect(Collectors.joining(","))).append(')');
            parameters.addAll(ids);
        }
        if (groupId != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM gf_user_role r WHERE r.username = a.username AND r.role_name = ?)");
            parameters.add(groupId);
        }
        sql.append(" ORDER BY a.username");
        return query(sql.toString(), parameters, rs -> {
            UserEntity user = new UserEntity(rs.getString(1));
            String fullName = rs.getString(2);
            if (fullName != null) {
                int space = fullName.indexOf(' ');
                user.setFirstName(space < 0 ? fullName : fullName.substring(0, space));
                user.setLastName(space < 0 ? "" : fullName.substring(space + 1));
            }
            user.setEmail(rs.getString(3));
            return user;
        });
    }

    /** Groups are GapFlow's roles; with a member, only the roles that user holds. */
    List<GroupEntity> groups(String memberId) {
        List<String> roleIds = memberId == null
                ? java.util.Arrays.stream(Role.values()).map(Role::id).toList()
                : query("SELECT role_name FROM gf_user_role WHERE username = ? ORDER BY role_name",
                        List.of(memberId), rs -> rs.getString(1));
        return roleIds.stream().map(id -> {
            GroupEntity group = new GroupEntity(id);
            group.setName(id);
            group.setType("WORKFLOW");
            return group;
        }).toList();
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<String> parameters, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(row.map(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot read GapFlow's people: " + e.getMessage(), e);
        }
    }
}
