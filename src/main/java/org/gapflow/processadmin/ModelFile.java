package org.gapflow.processadmin;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.gapflow.platform.InvalidInputException;

/** A BPMN or DMN file as a process owner handed it in: a plain file name and its bytes. */
public record ModelFile(String name, byte[] content) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}\\.(bpmn|dmn)");

    public ModelFile {
        if (name == null || !NAME.matcher(name).matches()) {
            throw InvalidInputException.of("fileName",
                    "Name the file with letters, digits, '.', '-' or '_' and end it in .bpmn or .dmn.");
        }
        content = content == null ? new byte[0] : content;
    }

    public ModelKind kind() {
        return name.endsWith(".dmn") ? ModelKind.DMN : ModelKind.BPMN;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelFile file && file.name.equals(name) && Arrays.equals(file.content, content);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return name + " (" + content.length + " bytes)";
    }
}
