package org.gapflow.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.gapflow.people.Employee;
import org.gapflow.people.PeopleDirectory;
import org.gapflow.people.Role;

/** The logged-in user of this request, as the server's security domain established them. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    PeopleDirectory people;

    private Optional<Employee> employee;

    public String getUsername() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean hasRole(Role role) {
        return request.isUserInRole(role.id());
    }

    /** Role ids the user holds, which are also the engine group ids of candidate groups. */
    public List<String> getRoleIds() {
        return Arrays.stream(Role.values()).filter(this::hasRole).map(Role::id).toList();
    }

    /** The user as services see them: name and roles, checked by the server for this request. */
    public org.gapflow.workflow.Actor actor() {
        return new org.gapflow.workflow.Actor(getUsername(), java.util.Set.copyOf(getRoleIds()));
    }

    public Optional<Employee> employee() {
        if (employee == null) {
            String username = getUsername();
            employee = username == null ? Optional.empty() : people.employeeByUsername(username);
        }
        return employee;
    }

    public String getDisplayName() {
        return employee().map(Employee::getFullName).orElse(getUsername());
    }
}
