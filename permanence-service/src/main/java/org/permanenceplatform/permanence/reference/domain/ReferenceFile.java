package org.permanenceplatform.permanence.reference.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A reference table or configuration file shipped on the classpath and read by plain Java, so that domain rules
 * (bank holidays, assessment templates) can be data without depending on a framework to load them.
 */
public final class ReferenceFile {

    private ReferenceFile() {
    }

    /**
     * The lines of a classpath resource, in UTF-8.
     *
     * @param what what the file holds, for the error when it is missing
     * @throws IllegalStateException when there is no such resource, since a service without it cannot work
     */
    public static List<String> lines(String resource, String what) {
        InputStream in = ReferenceFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no " + what + " at " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " " + resource, e);
        }
    }
}
