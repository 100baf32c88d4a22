package org.yanxun;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yanxun.internal.Checks;

/**
 * A type of studio or workshop, such as {@link #FAMOUS_TEACHER_STUDIO} (名教师工作室).
 *
 * <p>A type carries its {@link StudioForm form} and its {@link #rung() rung} on the graded ladder
 * (梯度递进): new-teacher workshops are rung 1, backbone workshops rung 2, famous-teacher, head-teacher
 * and principal studios rung 3, special-grade and education-expert studios rung 4. The seven types
 * of the two real cases are constants; a policy may declare more with {@link #of}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Serializable only so that it can cross the shuffle of a distributed engine; the serialized form
 * is not a published format (the JSON documents are).
 *
 * @param code the stable code, upper-case letters, digits and {@code _}
 * @param form studio or workshop, not null
 * @param rung the rung on the ladder, 1 to 9
 * @param zh the name in Chinese, not blank
 * @param en the name in English, not blank
 * @serial exclude
 */
public record StudioType(String code, StudioForm form, int rung, String zh, String en) implements Labelled, java.io.Serializable {

    /** 新教师培养工作坊, new-teacher workshop: rung 1 of the ladder. */
    public static final StudioType NEW_TEACHER_WORKSHOP = new StudioType("NEW_TEACHER_WORKSHOP",
            StudioForm.WORKSHOP, 1, "新教师培养工作坊", "new-teacher workshop");
    /** 骨干教师工作坊, backbone-teacher workshop: rung 2. */
    public static final StudioType BACKBONE_WORKSHOP = new StudioType("BACKBONE_WORKSHOP",
            StudioForm.WORKSHOP, 2, "骨干教师工作坊", "backbone-teacher workshop");
    /** 名教师工作室, famous-teacher studio: rung 3. */
    public static final StudioType FAMOUS_TEACHER_STUDIO = new StudioType("FAMOUS_TEACHER_STUDIO",
            StudioForm.STUDIO, 3, "名教师工作室", "famous-teacher studio");
    /** 名班主任工作室, famous head-teacher studio: rung 3. */
    public static final StudioType HEAD_TEACHER_STUDIO = new StudioType("HEAD_TEACHER_STUDIO",
            StudioForm.STUDIO, 3, "名班主任工作室", "famous head-teacher studio");
    /** 名书记/名校长工作室, principal studio: rung 3. */
    public static final StudioType PRINCIPAL_STUDIO = new StudioType("PRINCIPAL_STUDIO",
            StudioForm.STUDIO, 3, "名书记/名校长工作室", "principal studio");
    /** 特级教师/正高级教师工作室, special-grade studio: rung 4. */
    public static final StudioType SPECIAL_GRADE_STUDIO = new StudioType("SPECIAL_GRADE_STUDIO",
            StudioForm.STUDIO, 4, "特级教师/正高级教师工作室", "special-grade studio");
    /** 教育专家工作室, education-expert studio: rung 4. */
    public static final StudioType EDUCATION_EXPERT_STUDIO = new StudioType("EDUCATION_EXPERT_STUDIO",
            StudioForm.STUDIO, 4, "教育专家工作室", "education-expert studio");

    private static final List<StudioType> BUILT_INS = List.of(NEW_TEACHER_WORKSHOP, BACKBONE_WORKSHOP,
            FAMOUS_TEACHER_STUDIO, HEAD_TEACHER_STUDIO, PRINCIPAL_STUDIO, SPECIAL_GRADE_STUDIO,
            EDUCATION_EXPERT_STUDIO);

    /**
     * Creates a studio type, checking its invariants.
     *
     * @param code the stable code, upper-case letters, digits and {@code _}
     * @param form studio or workshop, not null
     * @param rung the rung on the ladder, 1 to 9
     * @param zh the name in Chinese, not blank
     * @param en the name in English, not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public StudioType {
        Checks.code(code, "工作室类型代码", "Studio type code");
        Objects.requireNonNull(form, "form");
        if (rung < 1 || rung > 9) {
            throw new InvalidValueException("工作室类型的梯级须为 1 至 9，实为 " + rung,
                    "Studio type rung must be 1 to 9, was " + rung);
        }
        Checks.text(zh, "zh", 100);
        Checks.text(en, "en", 100);
    }

    /**
     * Obtains a studio type, such as a type a policy adds.
     *
     * @param code the code, not null
     * @param form the form, not null
     * @param rung the rung, 1 to 9
     * @param zh the name in Chinese, not blank
     * @param en the name in English, not blank
     * @return the type
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public static StudioType of(String code, StudioForm form, int rung, String zh, String en) {
        return new StudioType(code, form, rung, zh, en);
    }

    /**
     * Returns the seven built-in types, ordered by rung and then as declared.
     *
     * @return the built-in types
     */
    public static List<StudioType> builtIns() {
        return BUILT_INS;
    }

    /**
     * Finds a built-in type by code.
     *
     * @param code the code, not null
     * @return the type, or empty if no built-in type has that code
     */
    public static Optional<StudioType> builtIn(String code) {
        Objects.requireNonNull(code, "code");
        for (StudioType type : BUILT_INS) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether this is one of the seven built-in types.
     *
     * @return true for a built-in type
     */
    public boolean isBuiltIn() {
        return BUILT_INS.contains(this);
    }
}
