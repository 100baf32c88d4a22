package org.yanxun.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Opens Jackson generators with deterministic output: UTF-8, no separator between root values, and
 * an optional pretty printer that indents by two spaces and ends lines with {@code \n} on every
 * platform.
 */
final class Generators {

    private static final ObjectWriteContext COMPACT = context(null);
    private static final ObjectWriteContext PRETTY = context(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Generators() {
    }

    /**
     * The failure of a writer whose generator threw: the {@link IOException} of the stream, unwrapped
     * from Jackson's, so that what a caller catches and logs holds no Jackson type; or, for a failure
     * of the generator itself, an {@code IOException} with its message.
     *
     * @param e what the generator threw
     * @return the exception to throw
     */
    static UncheckedIOException failure(JacksonException e) {
        if (e.getCause() instanceof IOException io) {
            return new UncheckedIOException(io.getMessage(), io);
        }
        return new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
    }

    private static ObjectWriteContext context(PrettyPrinter printer) {
        return new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return printer instanceof DefaultPrettyPrinter pretty ? pretty.createInstance() : printer;
            }

            @Override
            public boolean hasPrettyPrinter() {
                return printer != null;
            }

            @Override
            public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
                return null;
            }
        };
    }

    static JsonGenerator open(OutputStream out, boolean pretty) {
        return SafeJson.factory().createGenerator(pretty ? PRETTY : COMPACT, out);
    }

    static JsonGenerator open(Writer out, boolean pretty) {
        return SafeJson.factory().createGenerator(pretty ? PRETTY : COMPACT, out);
    }
}
