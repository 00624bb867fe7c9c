package org.gapflow.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/**
 * The process contract: every feature's declaration ({@link FeatureContract}) read together. The model
 * checks, the expression allow-list, the run-time guard and processes/README.md's test read it; nothing
 * else lists steps, variables, beans or groups. A name declared twice is a programming error and stops
 * the application at the first read.
 */
public final class ProcessContract {

    private final Map<String, ContractStep> steps = new LinkedHashMap<>();
    private final Map<String, ContractVariable> variables = new LinkedHashMap<>();
    private final Map<String, ContractBean> beans = new LinkedHashMap<>();
    private final Set<String> groups = new LinkedHashSet<>();
    private final Set<String> executionMembers = new LinkedHashSet<>();
    private final Set<String> taskMembers = new LinkedHashSet<>();

    /** The features' declarations as META-INF/services lists them; read once. */
    public static ProcessContract current() {
        return Loaded.CONTRACT;
    }

    /** A contract of the given declarations (tests). */
    public static ProcessContract of(List<? extends FeatureContract> features) {
        return new ProcessContract(features);
    }

    private ProcessContract(List<? extends FeatureContract> features) {
        for (FeatureContract feature : features) {
            putAll(steps, feature.steps(), ContractStep::id, "step");
            putAll(variables, feature.variables(), ContractVariable::name, "variable");
            putAll(beans, feature.beans(), ContractBean::name, "bean");
            groups.addAll(feature.groups());
            executionMembers.addAll(feature.executionMembers());
            taskMembers.addAll(feature.taskMembers());
        }
        for (ContractStep step : steps.values()) {
            step.sets().stream().filter(name -> !variables.containsKey(name)).findFirst().ifPresent(name -> {
                throw new IllegalStateException("Step " + step.id() + " sets " + name + ", which no feature declares");
            });
        }
    }

    private static <T> void putAll(Map<String, T> into, List<T> items, Function<T, String> key, String what) {
        for (T item : items) {
            if (into.putIfAbsent(key.apply(item), item) != null) {
                throw new IllegalStateException("The " + what + " " + key.apply(item) + " is declared twice");
            }
        }
    }

    public List<ContractStep> steps() {
        return List.copyOf(steps.values());
    }

    public Optional<ContractStep> step(String id) {
        return Optional.ofNullable(steps.get(id));
    }

    public List<ContractVariable> variables() {
        return List.copyOf(variables.values());
    }

    public Set<String> variableNames() {
        return Set.copyOf(variables.keySet());
    }

    public Optional<ContractVariable> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    public boolean isVariable(String name) {
        return variables.containsKey(name);
    }

    public List<ContractBean> beans() {
        return List.copyOf(beans.values());
    }

    public Optional<ContractBean> bean(String name) {
        return Optional.ofNullable(beans.get(name));
    }

    public boolean isBean(String name) {
        return beans.containsKey(name);
    }

    /** The methods an expression may call on the bean; empty when it is no declared bean. */
    public Set<String> allowedMethods(String bean) {
        ContractBean declared = beans.get(bean);
        return declared == null ? Set.of() : declared.methods();
    }

    public Set<String> groups() {
        return Set.copyOf(groups);
    }

    public Set<String> executionMembers() {
        return Set.copyOf(executionMembers);
    }

    public Set<String> taskMembers() {
        return Set.copyOf(taskMembers);
    }

    private static final class Loaded {
        static final ProcessContract CONTRACT = load();

        private static ProcessContract load() {
            List<FeatureContract> features = new ArrayList<>();
            // the application's own class loader: in the WAR, the deployment's module sees WEB-INF/classes
            ServiceLoader.load(FeatureContract.class, FeatureContract.class.getClassLoader()).forEach(features::add);
            if (features.isEmpty()) {
                throw new IllegalStateException("No feature declares a process contract (META-INF/services)");
            }
            return new ProcessContract(features);
        }
    }
}
