package org.gapflow.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gapflow.people.Employee;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One review of one employee: the root of a cycle from gap identification to evaluation. */
@Entity
@Table(name = "gf_review_case")
public class ReviewCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(name = "manager_username", nullable = false, length = 80)
    private String managerUsername;

    @Column(name = "started_by", nullable = false, length = 80)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private CaseStatus status;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_case_id")
    private ReviewCase previousCase;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "reviewCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PerformanceGap> gaps = new ArrayList<>();

    protected ReviewCase() {
    }

    public ReviewCase(Employee employee, String managerUsername, String startedBy, ReviewCase previousCase) {
        this.employee = employee;
        this.managerUsername = managerUsername;
        this.startedBy = startedBy;
        this.previousCase = previousCase;
        this.startedAt = Instant.now();
        this.status = CaseStatus.IDENTIFYING_GAPS;
    }

    public void replaceGaps(List<PerformanceGap> newGaps) {
        gaps.clear();
        for (PerformanceGap gap : newGaps) {
            gap.attachTo(this);
            gaps.add(gap);
        }
    }

    public void moveTo(CaseStatus next) {
        this.status = next;
        if (next.name().startsWith("CLOSED")) {
            closedAt = Instant.now();
        }
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public void linkProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getManagerUsername() {
        return managerUsername;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public ReviewCase getPreviousCase() {
        return previousCase;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<PerformanceGap> getGaps() {
        return List.copyOf(gaps);
    }
}
