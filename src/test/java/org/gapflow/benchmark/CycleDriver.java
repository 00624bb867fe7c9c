package org.gapflow.benchmark;

import java.util.Collection;

/**
 * One whole review cycle of the same shape, driven either through GapFlow's services or through a
 * bare engine: start, identify gaps, analyse causes, choose training, specify, HR approves (route HR
 * only), the enrolment job, the two evaluation timers, evaluate.
 */
interface CycleDriver {

    String START = "start review";
    String IDENTIFY = "identify gaps";
    String ANALYSE = "analyse causes";
    String CHOOSE = "choose training";
    String SPECIFY = "specify training";
    String APPROVE = "HR approves";
    String ENROL = "enrolment job";
    String TIMERS = "evaluation timers";
    String EVALUATE = "evaluate results";

    /** Runs cycle number {@code index} to its end, timing each step; returns its process instance id. */
    String run(int index, StepTimes times) throws Exception;

    /** How many of these process instances have ended: a cycle that stopped half-way is not counted. */
    long countEnded(Collection<String> processInstanceIds);
}
