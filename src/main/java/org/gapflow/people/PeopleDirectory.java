package org.gapflow.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Who is who: employees, their reporting line, their login and roles. */
@ApplicationScoped
public class PeopleDirectory {

    /** A reporting line longer than this is treated as a cycle in the data. */
    static final int MAX_REPORTING_DEPTH = 32;

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    public Optional<Employee> employee(Long id) {
        // no id (nothing chosen on a form) is no employee, not a programming error
        return id == null ? Optional.empty() : Optional.ofNullable(entityManager.find(Employee.class, id));
    }

    public Optional<Employee> employeeByNumber(String employeeNumber) {
        return entityManager.createQuery("select e from Employee e where e.employeeNumber = :n", Employee.class)
                .setParameter("n", employeeNumber)
                .getResultStream().findFirst();
    }

    public Optional<Employee> employeeByUsername(String username) {
        return entityManager.createQuery("select e from Employee e where e.username = :u", Employee.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    public List<Employee> directReportsOf(Long managerId) {
        return entityManager.createQuery(
                        "select e from Employee e where e.manager.id = :m order by e.fullName", Employee.class)
                .setParameter("m", managerId)
                .getResultList();
    }

    /** Everyone below the user in the reporting line (direct reports first), by breadth. */
    public List<Employee> reportingLineBelow(String managerUsername) {
        Optional<Employee> manager = employeeByUsername(managerUsername);
        java.util.List<Employee> below = new java.util.ArrayList<>();
        if (manager.isEmpty()) {
            return below;
        }
        java.util.Deque<Employee> next = new java.util.ArrayDeque<>(List.of(manager.get()));
        while (!next.isEmpty() && below.size() < 10_000) {
            for (Employee report : directReportsOf(next.poll().getId())) {
                below.add(report);
                next.add(report);
            }
        }
        return below;
    }

    public List<Employee> allEmployees() {
        return entityManager.createQuery("select e from Employee e order by e.fullName", Employee.class).getResultList();
    }

    public List<Team> teams() {
        return entityManager.createQuery("select t from Team t order by t.name", Team.class).getResultList();
    }

    /** The employee's managers, nearest first. */
    public List<Employee> managementChainOf(Long employeeId) {
        Employee current = employeeId == null ? null : entityManager.find(Employee.class, employeeId);
        java.util.ArrayList<Employee> chain = new java.util.ArrayList<>();
        while (current != null && current.getManager() != null && chain.size() < MAX_REPORTING_DEPTH) {
            current = current.getManager();
            chain.add(current);
        }
        return chain;
    }

    /** True when the user is the employee's manager, or a manager above them in the reporting line. */
    public boolean isInReportingLineOf(String managerUsername, Long employeeId) {
        return managerUsername != null && managementChainOf(employeeId).stream()
                .anyMatch(m -> managerUsername.equals(m.getUsername()));
    }

    public Set<String> rolesOf(String username) {
        UserAccount account = username == null ? null : entityManager.find(UserAccount.class, username);
        return account == null || !account.isEnabled() ? Set.of() : account.getRoles();
    }

    public List<String> usernamesInRole(Role role) {
        return entityManager.createQuery(
                        "select a.username from UserAccount a join a.roles r where r = :role and a.enabled = true "
                                + "order by a.username", String.class)
                .setParameter("role", role.id())
                .getResultList();
    }
}
