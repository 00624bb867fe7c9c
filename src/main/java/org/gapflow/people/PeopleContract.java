package org.gapflow.people;

import java.util.Arrays;
import java.util.List;

import org.gapflow.workflow.FeatureContract;

/** The people part of the process contract: GapFlow's roles are the engine groups a model may name. */
public final class PeopleContract implements FeatureContract {

    @Override
    public List<String> groups() {
        return Arrays.stream(Role.values()).map(Role::id).toList();
    }
}
