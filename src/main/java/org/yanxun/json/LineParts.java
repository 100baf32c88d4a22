package org.yanxun.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.yanxun.rules.RuleRun;

/**
 * Which lines of a file the passes over its key parts need: for each line and each part, one bit that
 * the pass of the first part sets when the line's record touches a key of that part (see
 * {@link RuleRun#acceptTellingParts}). The passes of the other parts skip the lines whose bit is clear
 * without parsing them. Most lines name one person, so they touch one or two parts of seven.
 *
 * <p>It takes {@code lines * parts / 8} bytes. Lines from different threads may be marked at once;
 * the lines a pass reads are read after every mark has been made.
 */
final class LineParts {

    /** The parts of a line that every pass must read: a studio type, which defines how later lines read. */
    static final long EVERY_PART = -1L;

    private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);

    private final long lines;
    private final int parts;
    private final long[] words;

    /**
     * Creates the marks of a file, none set.
     *
     * @param lines the number of lines of the file, which the first pass over it counted
     * @param parts the number of parts, from 1 to 64
     */
    LineParts(long lines, int parts) {
        if (parts < 1 || parts > Long.SIZE) {
            throw new IllegalArgumentException("parts must be from 1 to " + Long.SIZE + ", not " + parts);
        }
        this.lines = lines;
        this.parts = parts;
        this.words = new long[Math.toIntExact(wordsFor(lines, parts))];
    }

    /** The bytes that the marks of some lines and parts take. */
    static long bytesFor(long lines, int parts) {
        return wordsFor(lines, parts) * Long.BYTES;
    }

    private static long wordsFor(long lines, int parts) {
        return (Math.max(lines, 0) * parts + Long.SIZE - 1) / Long.SIZE;
    }

    /**
     * Marks the parts a line needs.
     *
     * @param line the line, from 1
     * @param touched the parts, bit {@code i} for part {@code i}, as {@link RuleRun#acceptTellingParts}
     *     gives them; bits of parts beyond the split are ignored
     */
    void mark(long line, long touched) {
        long bits = parts == Long.SIZE ? touched : touched & (1L << parts) - 1;
        if (bits == 0 || line < 1 || line > lines) {
            return;
        }
        long first = (line - 1) * parts;
        int word = (int) (first >>> 6);
        int offset = (int) (first & Long.SIZE - 1);
        WORDS.getAndBitwiseOr(words, word, bits << offset);
        if (offset + parts > Long.SIZE) {
            WORDS.getAndBitwiseOr(words, word + 1, bits >>> Long.SIZE - offset);
        }
    }

    /**
     * Tells whether the pass of a part must read a line: a line that was not counted (the file grew)
     * is read.
     *
     * @param line the line, from 1
     * @param part the part, from 0
     * @return whether the line touches a key of the part
     */
    boolean needs(long line, int part) {
        if (line < 1 || line > lines) {
            return true;
        }
        long bit = (line - 1) * parts + part;
        return (words[(int) (bit >>> 6)] & 1L << bit) != 0;
    }
}
