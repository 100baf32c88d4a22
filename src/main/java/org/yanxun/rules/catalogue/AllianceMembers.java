package org.yanxun.rules.catalogue;

import java.util.Optional;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.rules.RuleContext;

/**
 * Questions about an alliance's members that the rules on its children ask.
 */
final class AllianceMembers {

    private AllianceMembers() {
    }

    /** The alliance, if the reference data has it; otherwise {@code REF_UNKNOWN} reports the reference. */
    static Optional<Alliance> alliance(RuleContext context, AllianceId id) {
        return context.dimensions().alliance(id);
    }
}
