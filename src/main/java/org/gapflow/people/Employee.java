package org.gapflow.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person in the organisation; {@link #manager} is the reporting line, {@link #username} the login, if any. */
@Entity
@Table(name = "gf_employee")
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employee_number", nullable = false, unique = true, length = 40)
    private String employeeNumber;

    @Column(name = "full_name", nullable = false, length = 160)
    private String fullName;

    @Column(length = 200)
    private String email;

    @Column(name = "job_title", length = 160)
    private String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Employee manager;

    @Column(unique = true, length = 80)
    private String username;

    protected Employee() {
    }

    public Employee(String employeeNumber, String fullName, String email, String jobTitle,
                    Team team, Employee manager, String username) {
        this.employeeNumber = employeeNumber;
        this.fullName = fullName;
        this.email = email;
        this.jobTitle = jobTitle;
        this.team = team;
        this.manager = manager;
        this.username = username;
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Team getTeam() {
        return team;
    }

    public Employee getManager() {
        return manager;
    }

    public String getUsername() {
        return username;
    }
}
