package org.gapflow.workflow;

import java.util.Set;

/** Who is acting in a request: the logged-in user and the roles (engine groups) they hold. */
public record Actor(String userId, Set<String> groupIds) {

    public Actor {
        groupIds = Set.copyOf(groupIds);
    }

    public boolean hasRole(String role) {
        return groupIds.contains(role);
    }
}
