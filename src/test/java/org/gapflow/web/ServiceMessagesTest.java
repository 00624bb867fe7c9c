package org.gapflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The French for the services' messages: present, and still about messages the services give. */
class ServiceMessagesTest {

    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("org.gapflow.web.service-messages",
            Locale.FRENCH, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    @Test
    void servicesEnglishHasItsFrench() {
        assertThat(FRENCH.getString("Enter the first day.")).isEqualTo("Saisissez le premier jour.");
        assertThat(FRENCH.getString("This task was completed by someone else a moment ago."))
                .isEqualTo("Quelqu'un d'autre vient de terminer cette tâche.");
    }

    @Test
    void everyTranslatedMessageIsStillWrittenByTheCode() throws IOException {
        String sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(ServiceMessagesTest::read)
                    .collect(Collectors.joining("\n"));
        }
        for (String english : FRENCH.keySet()) {
            assertThat(sources).as("a service still says \"%s\"", english).contains("\"" + english + "\"");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
