package org.yanxun.json;

import java.io.OutputStream;
import java.io.Writer;
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
