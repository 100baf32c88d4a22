package org.yanxun.rules.catalogue;

import org.yanxun.Alliance;
import org.yanxun.InstitutionId;
import org.yanxun.rules.FindingSink;
import org.yanxun.rules.Location;
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

    /** Reports, at a unit named in an alliance's record, that the unit is not a member of the alliance. */
    static void requireMember(RuleContext context, Alliance alliance, InstitutionId unit, Location at,
            FindingSink sink) {
        if (!context.dimensions().isMember(alliance.id(), unit)) {
            sink.add(at, "单位" + zh(context, unit) + "不是联盟“" + alliance.name() + "”的成员",
                    "unit " + en(context, unit) + " is not a member of alliance '" + alliance.name() + "'");
        }
    }
}
