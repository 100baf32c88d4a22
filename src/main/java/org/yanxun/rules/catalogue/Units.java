package org.yanxun.rules.catalogue;

import org.yanxun.InstitutionId;
import org.yanxun.rules.RuleContext;

/**
 * Institutions as a message names them: by name and identifier when the reference data holds the
 * institution, by identifier alone otherwise.
 */
final class Units {

    private Units() {
    }

    /** The institution in Chinese: {@code “綦江区教师进修学校”（qijiang-tts）}, or {@code “qijiang-tts”}. */
    static String zh(RuleContext context, InstitutionId id) {
        return context.dimensions().institution(id).map(unit -> "“" + unit.name() + "”（" + id + "）")
                .orElse("“" + id + "”");
    }

    /** The institution in English: {@code '綦江区教师进修学校' (qijiang-tts)}, or {@code 'qijiang-tts'}. */
    static String en(RuleContext context, InstitutionId id) {
        return context.dimensions().institution(id).map(unit -> "'" + unit.name() + "' (" + id + ")")
                .orElse("'" + id + "'");
    }
}
