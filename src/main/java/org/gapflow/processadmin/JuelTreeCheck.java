package org.gapflow.processadmin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.gapflow.workflow.ExpressionAllowList;

/**
 * One JUEL expression, parsed into its syntax tree by the engine's own parser (with the features the
 * engine enables) and walked node by node. Only what is listed here passes: literals, arithmetic,
 * comparison, logic, {@code empty}, the conditional operator, allowed names, the allowed members of
 * execution and task, and declared methods of declared beans. Any other node is refused, so a
 * construct this class does not know is refused too.
 */
final class JuelTreeCheck {

    /** One refusal: a message key and its arguments. */
    record Refusal(String key, List<String> args) {
    }

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
    private static final Set<AstBinary.Operator> BINARY = Set.of(AstBinary.ADD, AstBinary.SUB, AstBinary.MUL,
            AstBinary.DIV, AstBinary.MOD, AstBinary.EQ, AstBinary.NE, AstBinary.LT, AstBinary.LE, AstBinary.GT,
            AstBinary.GE, AstBinary.AND, AstBinary.OR);
    private static final Set<AstUnary.Operator> UNARY = Set.of(AstUnary.NOT, AstUnary.NEG, AstUnary.EMPTY);
    static final String EXECUTION = "execution";
    static final String TASK = "task";

    private final ExpressionAllowList allowList;
    private final Predicate<String> knownName;
    private final List<Refusal> refusals = new ArrayList<>();

    private JuelTreeCheck(ExpressionAllowList allowList, Predicate<String> knownName) {
        this.allowList = allowList;
        this.knownName = knownName;
    }

    /** Whether a text holds an expression the engine would evaluate (else it is plain text to the engine). */
    static boolean holdsExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /**
     * The refusals for one text; empty when it may be evaluated. {@code knownName} says which names
     * besides the allow-list's variables and beans the model itself provides (its process data, mapped
     * inputs, result variables).
     */
    static List<Refusal> check(String text, ExpressionAllowList allowList, Predicate<String> knownName) {
        JuelTreeCheck check = new JuelTreeCheck(allowList, knownName);
        try {
            check.visit(PARSER.build(text).getRoot());
        } catch (TreeBuilderException e) {
            check.refuse("check.expressions.unparsable", shorten(text));
        }
        return check.refusals;
    }

    private void visit(Node node) {
        if (node instanceof AstText || node instanceof AstLiteral) {
            return;
        }
        if (node instanceof AstComposite || node instanceof AstEval || node instanceof AstNested
                || node instanceof AstChoice || node instanceof AstParameters) {
            children(node);
        } else if (node instanceof AstBinary binary && BINARY.contains(binary.getOperator())) {
            children(node);
        } else if (node instanceof AstUnary unary && UNARY.contains(unary.getOperator())) {
            children(node);
        } else if (node instanceof AstIdentifier identifier) {
            identifier(identifier.getName());
        } else if (node instanceof AstMethod method) {
            method(method);
        } else if (node instanceof AstDot dot) {
            member(dot);
        } else if (node instanceof AstBracket) {
            refuse("check.expressions.index");
        } else if (node instanceof AstFunction function) {
            refuse("check.expressions.function", function.getName());
        } else {
            refuse("check.expressions.construct", node.getClass().getSimpleName().replace("Ast", ""));
        }
    }

    private void children(Node node) {
        for (int i = 0; i < node.getCardinality(); i++) {
            visit(node.getChild(i));
        }
    }

    private void identifier(String name) {
        if (!EXECUTION.equals(name) && !TASK.equals(name) && !allowList.isVariable(name) && !allowList.isBean(name)
                && !knownName.test(name)) {
            refuse("check.expressions.name", name);
        }
    }

    /** {@code a.b}: only execution's and task's listed members; never a member of a variable or bean. */
    private void member(AstDot dot) {
        Node prefix = dot.getChild(0);
        if (chained(prefix)) {
            // the link before this one is refused already: name the first wrong step, not every one after it
            visit(prefix);
            return;
        }
        String owner = rootName(prefix);
        String member = memberName(dot);
        if (EXECUTION.equals(owner) ? allowList.isExecutionMember(member)
                : TASK.equals(owner) && allowList.isTaskMember(member)) {
            return;
        }
        refuse("check.expressions.member", owner == null ? "…" : owner, member);
    }

    /** {@code bean.method(...)}: only a declared method of a declared bean, named directly. */
    private void method(AstMethod method) {
        Node target = method.getChild(0);
        Node parameters = method.getChild(1);
        if (!(target instanceof AstDot dot)) {
            refuse("check.expressions.index");
            visit(target);
            children(parameters);
            return;
        }
        Node prefix = dot.getChild(0);
        String owner = rootName(prefix);
        String name = memberName(dot);
        boolean allowed = owner != null && (allowList.isBean(owner) ? allowList.isBeanMethod(owner, name)
                : EXECUTION.equals(owner) ? allowList.isExecutionMember(name)
                : TASK.equals(owner) && allowList.isTaskMember(name));
        if (chained(prefix)) {
            visit(prefix);
        } else if (!allowed) {
            refuse("check.expressions.method", owner == null ? "…" : owner, name);
        }
        children(parameters);
    }

    /** Whether a member access or call follows another one ({@code a.b().c}): then that one is judged. */
    private static boolean chained(Node prefix) {
        return prefix instanceof AstMethod || prefix instanceof AstProperty;
    }

    /** The identifier a member access starts from directly, else null (a call's result, a literal...). */
    private static String rootName(Node prefix) {
        return prefix instanceof AstIdentifier identifier ? identifier.getName() : null;
    }

    private static String memberName(AstDot dot) {
        // AstDot keeps its name in a protected field; its text form is ". name"
        String text = dot.toString();
        return text.startsWith(". ") ? text.substring(2) : text;
    }

    private void refuse(String key, String... args) {
        refusals.add(new Refusal(key, List.of(args)));
    }

    static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }
}
