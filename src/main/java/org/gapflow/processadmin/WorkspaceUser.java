package org.gapflow.processadmin;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.gapflow.web.CurrentUser;
import org.gapflow.workflow.Actor;

/** The logged-in user as the workspace services see them. */
@RequestScoped
public class WorkspaceUser {

    @Inject
    CurrentUser currentUser;

    public Actor actor() {
        return new Actor(currentUser.getUsername(), Set.copyOf(currentUser.getRoleIds()));
    }
}
