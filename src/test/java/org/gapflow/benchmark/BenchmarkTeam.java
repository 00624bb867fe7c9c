package org.gapflow.benchmark;

import java.util.List;

/** The people one benchmark run reviews: a manager (a login name) and the employees reporting to them. */
record BenchmarkTeam(String managerUsername, List<Long> employeeIds) {

    Long employee(int cycleIndex) {
        return employeeIds.get(cycleIndex % employeeIds.size());
    }
}
