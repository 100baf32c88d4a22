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

    /** Parses {@code zh} or {@code en}, in any case. */
    static Language parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "zh_cn" -> ZH;
            case "en" -> EN;
            default -> throw new UsageError("--lang 必须是 zh 或 en，收到“" + text + "”", "--lang must be zh or en, was '" + text + "'");
        };
    }

    String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }
}
