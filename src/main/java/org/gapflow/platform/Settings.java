package org.gapflow.platform;

import java.util.Optional;

/**
 * One place that reads an installation setting: a system property ({@code gapflow.db.url}) wins over
 * the environment variable of the same name in upper snake case ({@code GAPFLOW_DB_URL}), which
 * wins over the default. The server configuration (configure.cli) follows the same order.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> find(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static String get(String name, String defaultValue) {
        return find(name).orElse(defaultValue);
    }

    public static boolean flag(String name, boolean defaultValue) {
        return find(name).map(Boolean::parseBoolean).orElse(defaultValue);
    }
}
