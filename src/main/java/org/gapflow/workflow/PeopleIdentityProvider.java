package org.gapflow.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The engine's read-only view of GapFlow's people: users are login accounts, groups are roles.
 * Passwords are never checked here; the server's security domain does that.
 */
class PeopleIdentityProvider implements ReadOnlyIdentityProvider {

    private final PeopleDirectoryReader reader;

    PeopleIdentityProvider(PeopleDirectoryReader reader) {
        this.reader = reader;
    }

    @Override
    public User findUserById(String userId) {
        return reader.users(List.of(userId), null).stream().findFirst().orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new PeopleUserQuery(reader).withExecutor();
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new PeopleUserQuery(reader);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new UnsupportedOperationException("Native user queries are not supported: GapFlow's people live in GapFlow's tables");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return false;
    }

    @Override
    public Group findGroupById(String groupId) {
        return reader.groups(null).stream().filter(g -> g.getId().equals(groupId)).findFirst().orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new PeopleGroupQuery(reader).withExecutor();
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new PeopleGroupQuery(reader);
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery().withExecutor();
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
        // read-only
    }

    @Override
    public void close() {
        // connections are closed per query
    }

    private static <T> List<T> page(Stream<T> items, Page page) {
        if (page == null) {
            return items.toList();
        }
        return items.skip(page.getFirstResult()).limit(page.getMaxResults()).toList();
    }

    private static <T> Predicate<T> matches(String expected, java.util.function.Function<T, String> field) {
        return item -> expected == null || expected.equals(field.apply(item));
    }

    private static <T> Predicate<T> like(String pattern, java.util.function.Function<T, String> field) {
        if (pattern == null) {
            return item -> true;
        }
        String regex = pattern.replace("%", ".*").replace("_", ".");
        return item -> field.apply(item) != null && field.apply(item).matches(regex);
    }

    static class PeopleUserQuery extends UserQueryImpl {
        private final transient PeopleDirectoryReader reader;

        PeopleUserQuery(PeopleDirectoryReader reader) {
            this.reader = reader;
        }

        PeopleUserQuery withExecutor() {
            this.commandExecutor = Context.getProcessEngineConfiguration().getCommandExecutorTxRequired();
            return this;
        }

        private Stream<User> filtered() {
            List<String> idFilter = ids != null ? Arrays.asList(ids) : id != null ? List.of(id) : null;
            return reader.users(idFilter, groupId).stream()
                    .map(User.class::cast)
                    .filter(matches(firstName, User::getFirstName))
                    .filter(matches(lastName, User::getLastName))
                    .filter(matches(email, User::getEmail))
                    .filter(like(firstNameLike, User::getFirstName))
                    .filter(like(lastNameLike, User::getLastName))
                    .filter(like(emailLike, User::getEmail));
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return filtered().count();
        }

        @Override
        public List<User> executeList(CommandContext commandContext, Page page) {
            return page(filtered(), page);
        }
    }

    static class PeopleGroupQuery extends GroupQueryImpl {
        private final transient PeopleDirectoryReader reader;

        PeopleGroupQuery(PeopleDirectoryReader reader) {
            this.reader = reader;
        }

        PeopleGroupQuery withExecutor() {
            this.commandExecutor = Context.getProcessEngineConfiguration().getCommandExecutorTxRequired();
            return this;
        }

        private Stream<Group> filtered() {
            return reader.groups(userId).stream()
                    .map(Group.class::cast)
                    .filter(matches(id, Group::getId))
                    .filter(g -> ids == null || Arrays.asList(ids).contains(g.getId()))
                    .filter(matches(name, Group::getName))
                    .filter(like(nameLike, Group::getName))
                    .filter(matches(type, Group::getType));
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return filtered().count();
        }

        @Override
        public List<Group> executeList(CommandContext commandContext, Page page) {
            return page(filtered(), page);
        }
    }

    /** GapFlow is single-tenant. */
    static class NoTenantQuery extends TenantQueryImpl {
        NoTenantQuery withExecutor() {
            this.commandExecutor = Context.getProcessEngineConfiguration().getCommandExecutorTxRequired();
            return this;
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return 0;
        }

        @Override
        public List<Tenant> executeList(CommandContext commandContext, Page page) {
            return List.of();
        }
    }
}
