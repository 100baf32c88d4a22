package org.yanxun.cli;

import java.util.Locale;

/**
 * The language of the command line's output: Chinese or English.
 */
enum Language {

    /** Simplified Chinese. */
    ZH,

    /** English. */
    EN;

    /** Chooses Chinese for a Chinese locale and English otherwise. */
    static Language of(Locale locale) {
        return locale.getLanguage().equals("zh") ? ZH : EN;
    }

    /**
     * Parses {@code zh} or {@code en}, in any case, alone or as the language of a tag such as {@code zh-CN},
     * {@code zh_Hans} or {@code en-GB} (the messages are in simplified Chinese for any Chinese tag).
     */
    static Language parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT).split("[-_]", 2)[0]) {
            case "zh" -> ZH;
            case "en" -> EN;
            default -> throw new UsageError("--lang 必须是 zh 或 en（也可写作 zh-CN、en-US 等），收到“" + text + "”",
                    "--lang must be zh or en (or a tag of either, such as zh-CN or en-US), was '" + text + "'");
        };
    }

    String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }
}
