package org.gapflow.review;

import java.io.Serializable;
import java.util.TimeZone;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gapflow.web.CurrentUser;
import org.gapflow.web.PagedRows;

/**
 * app/cases/index.xhtml: "My team's cases" for a manager (their reporting line and the cases they
 * manage), every case for HR; filtered through view parameters, paged by the database.
 */
@Named
@ViewScoped
public class CaseListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VisibleCases visibleCases;
    @Inject
    CurrentUser currentUser;
    @Inject
    CaseVisibility visibility;

    private String employee;
    private String state = "all";
    private final PagedRows<CaseListRow> cases = new PagedRows<>(new PagedRows.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return visibleCases.count(currentUser.actor(), filter());
        }

        @Override
        public java.util.List<CaseListRow> page(int first, int max) {
            return visibleCases.page(currentUser.actor(), filter(), first, max);
        }
    }, row -> row.caseId().toString());

    CaseListFilter filter() {
        CaseListFilter.State wanted = switch (state) {
            case "open" -> CaseListFilter.State.OPEN;
            case "closed" -> CaseListFilter.State.CLOSED;
            default -> CaseListFilter.State.ALL;
        };
        return new CaseListFilter(employee, wanted);
    }

    /** True for HR, who see every case: the page says so in its title. */
    public boolean isAllCases() {
        return visibility.seesAllCases(currentUser.actor());
    }

    public PagedRows<CaseListRow> getCases() {
        return cases;
    }

    public String apply() {
        return "/app/cases/index.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public TimeZone getTimeZone() {
        return TimeZone.getDefault();
    }

    public String getEmployee() {
        return employee;
    }

    public void setEmployee(String employee) {
        this.employee = employee == null || employee.isBlank() ? null : employee.strip();
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = "open".equals(state) || "closed".equals(state) ? state : "all";
    }
}
