package org.gapflow.people;

import java.util.Arrays;
import java.util.Optional;

/**
 * GapFlow's roles. The names are security roles (web.xml, Elytron) and, for the engine, the ids of
 * the groups that user tasks name as candidate groups.
 */
public enum Role {
    MANAGER("manager"),
    HR("hr"),
    HR_LEAD("hr-lead"),
    PROCESS_OWNER("process-owner"),
    ADMIN("admin");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Role> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
