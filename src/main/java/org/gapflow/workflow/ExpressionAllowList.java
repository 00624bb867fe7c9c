package org.gapflow.workflow;

import java.util.List;

/**
 * What an expression in a BPMN or DMN model may reach: the names and methods the features declare.
 * The model check reads it before anything is evaluated, and the engine's expression guard reads it
 * again at run time. Several declarations may exist (one per feature, or a test's own); a name or
 * method is allowed when any of them allows it.
 */
public interface ExpressionAllowList {

    /** A process variable of the contract: an expression may read it, but not reach into it. */
    boolean isVariable(String name);

    /** A named bean a model may name (as a delegate, a listener or the target of a method call). */
    boolean isBean(String name);

    /** A method of a declared bean that a model may call. */
    boolean isBeanMethod(String bean, String method);

    /** A member of {@code execution} a model may read ({@code ${execution.processInstanceId}}). */
    boolean isExecutionMember(String member);

    /** A member of {@code task} a model may read ({@code ${task.assignee}}). */
    boolean isTaskMember(String member);

    /** Allows what any of the given lists allows. */
    static ExpressionAllowList anyOf(List<? extends ExpressionAllowList> lists) {
        List<ExpressionAllowList> all = List.copyOf(lists);
        return new ExpressionAllowList() {
            @Override
            public boolean isVariable(String name) {
                return all.stream().anyMatch(l -> l.isVariable(name));
            }

            @Override
            public boolean isBean(String name) {
                return all.stream().anyMatch(l -> l.isBean(name));
            }

            @Override
            public boolean isBeanMethod(String bean, String method) {
                return all.stream().anyMatch(l -> l.isBeanMethod(bean, method));
            }

            @Override
            public boolean isExecutionMember(String member) {
                return all.stream().anyMatch(l -> l.isExecutionMember(member));
            }

            @Override
            public boolean isTaskMember(String member) {
                return all.stream().anyMatch(l -> l.isTaskMember(member));
            }
        };
    }
}
