package org.yanxun.cli;

import java.util.Objects;

/**
 * A command line the tool cannot run, said in both languages; its message is the English one.
 */
final class UsageError extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String zh;

    UsageError(String zh, String en) {
        super(Objects.requireNonNull(en, "en"));
        this.zh = Objects.requireNonNull(zh, "zh");
    }

    /** The message in Chinese. */
    String zh() {
        return zh;
    }

    /** The message in English. */
    String en() {
        return getMessage();
    }
}
