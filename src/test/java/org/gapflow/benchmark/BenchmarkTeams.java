package org.gapflow.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.gapflow.people.Employee;
import org.gapflow.people.Team;

/**
 * Creates a team of its own for each benchmark run: the demo organisation may be absent (PostgreSQL
 * starts empty), and its budgets would run out after a few hundred approved trainings, which would
 * send requests to the budget holder and change the shape of the cycle.
 */
@ApplicationScoped
@Transactional
public class BenchmarkTeams {

    static final int EMPLOYEES = 10;
    /** Far more than any run commits, so the approval route stays "HR only". */
    static final BigDecimal BUDGET = new BigDecimal("900000000");

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    public BenchmarkTeam create(String runId) {
        Team team = new Team("Benchmark " + runId, BUDGET);
        entityManager.persist(team);
        Employee director = new Employee("B" + runId + "-D", "Benchmark Director " + runId, null,
                "Director", null, null, "bench-" + runId + "-director");
        entityManager.persist(director);
        String managerUsername = "bench-" + runId + "-manager";
        Employee manager = new Employee("B" + runId + "-M", "Benchmark Manager " + runId, null,
                "Manager", team, director, managerUsername);
        entityManager.persist(manager);
        List<Employee> members = new ArrayList<>();
        for (int i = 1; i <= EMPLOYEES; i++) {
            // an address, so the enrolment step really sends its mail
            Employee member = new Employee("B" + runId + "-" + i, "Benchmark Employee " + i, "bench-" + runId + "-" + i
                    + "@gapflow.example", "Agent", team, manager, null);
            entityManager.persist(member);
            members.add(member);
        }
        entityManager.flush();
        return new BenchmarkTeam(managerUsername, members.stream().map(Employee::getId).toList());
    }
}
