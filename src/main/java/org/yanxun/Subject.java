package org.yanxun;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.yanxun.internal.Checks;

/**
 * A school subject (学科) by its stable code, such as {@link #MATHEMATICS} or {@code ART}.
 *
 * <p>Subjects are an open set (vocational majors, kindergarten domains, local courses), so a subject
 * is a code of upper-case letters, digits and underscores rather than an enum; the common ones are
 * constants here. {@link #GENERAL} marks a studio or person not tied to one subject, such as a
 * principal studio.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the code: an upper-case letter, then up to 39 upper-case letters, digits or {@code _}
 */
public record Subject(String code) implements Comparable<Subject>, Labelled {

    /** Not tied to one subject (综合), such as school management. */
    public static final Subject GENERAL = new Subject("GENERAL");
    /** 语文, Chinese. */
    public static final Subject CHINESE = new Subject("CHINESE");
    /** 数学, mathematics. */
    public static final Subject MATHEMATICS = new Subject("MATHEMATICS");
    /** 英语, English. */
    public static final Subject ENGLISH = new Subject("ENGLISH");
    /** 物理, physics. */
    public static final Subject PHYSICS = new Subject("PHYSICS");
    /** 化学, chemistry. */
    public static final Subject CHEMISTRY = new Subject("CHEMISTRY");
    /** 生物, biology. */
    public static final Subject BIOLOGY = new Subject("BIOLOGY");
    /** 历史, history. */
    public static final Subject HISTORY = new Subject("HISTORY");
    /** 地理, geography. */
    public static final Subject GEOGRAPHY = new Subject("GEOGRAPHY");
    /** 道德与法治 / 思想政治, morality and law. */
    public static final Subject MORALITY_AND_LAW = new Subject("MORALITY_AND_LAW");
    /** 体育与健康, physical education. */
    public static final Subject PHYSICAL_EDUCATION = new Subject("PHYSICAL_EDUCATION");
    /** 音乐, music. */
    public static final Subject MUSIC = new Subject("MUSIC");
    /** 美术, fine art. */
    public static final Subject FINE_ART = new Subject("FINE_ART");
    /** 信息科技, information technology. */
    public static final Subject INFORMATION_TECHNOLOGY = new Subject("INFORMATION_TECHNOLOGY");
    /** 科学, science. */
    public static final Subject SCIENCE = new Subject("SCIENCE");
    /** 心理健康, mental health. */
    public static final Subject MENTAL_HEALTH = new Subject("MENTAL_HEALTH");
    /** 学前教育, early-childhood education. */
    public static final Subject EARLY_CHILDHOOD = new Subject("EARLY_CHILDHOOD");

    /** The subjects above by code: reading one of them makes no new object. */
    private static final Map<String, Subject> BUILT_IN = byCode(GENERAL, CHINESE, MATHEMATICS, ENGLISH, PHYSICS,
            CHEMISTRY, BIOLOGY, HISTORY, GEOGRAPHY, MORALITY_AND_LAW, PHYSICAL_EDUCATION, MUSIC, FINE_ART,
            INFORMATION_TECHNOLOGY, SCIENCE, MENTAL_HEALTH, EARLY_CHILDHOOD);

    /** The labels of the subjects above by code; any other subject is labelled by its code. */
    private static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry(GENERAL.code, new Label("综合", "general")),
            Map.entry(CHINESE.code, new Label("语文", "Chinese")),
            Map.entry(MATHEMATICS.code, new Label("数学", "mathematics")),
            Map.entry(ENGLISH.code, new Label("英语", "English")),
            Map.entry(PHYSICS.code, new Label("物理", "physics")),
            Map.entry(CHEMISTRY.code, new Label("化学", "chemistry")),
            Map.entry(BIOLOGY.code, new Label("生物", "biology")),
            Map.entry(HISTORY.code, new Label("历史", "history")),
            Map.entry(GEOGRAPHY.code, new Label("地理", "geography")),
            Map.entry(MORALITY_AND_LAW.code, new Label("道德与法治", "morality and law")),
            Map.entry(PHYSICAL_EDUCATION.code, new Label("体育与健康", "physical education")),
            Map.entry(MUSIC.code, new Label("音乐", "music")),
            Map.entry(FINE_ART.code, new Label("美术", "fine art")),
            Map.entry(INFORMATION_TECHNOLOGY.code, new Label("信息科技", "information technology")),
            Map.entry(SCIENCE.code, new Label("科学", "science")),
            Map.entry(MENTAL_HEALTH.code, new Label("心理健康", "mental health")),
            Map.entry(EARLY_CHILDHOOD.code, new Label("学前教育", "early-childhood education")));

    /**
     * Creates a subject, checking its invariants.
     *
     * @param code the code: an upper-case letter, then up to 39 upper-case letters, digits or {@code _}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public Subject {
        Checks.code(code, "学科代码", "Subject code");
    }

    /**
     * Obtains a subject from its code.
     *
     * @param code the code, not null
     * @return the subject
     * @throws IllegalArgumentException if {@code code} is not a valid subject code
     */
    public static Subject of(String code) {
        Subject known = BUILT_IN.get(Objects.requireNonNull(code, "code"));
        return known != null ? known : new Subject(code);
    }

    private static Map<String, Subject> byCode(Subject... subjects) {
        Map<String, Subject> byCode = new HashMap<>();
        for (Subject subject : subjects) {
            byCode.put(subject.code(), subject);
        }
        return Map.copyOf(byCode);
    }

    /**
     * Returns the label in simplified Chinese: that of a subject above, or the code of any other.
     *
     * @return the label, such as {@code 数学}
     */
    @Override
    public String zh() {
        Label label = LABELS.get(code);
        return label != null ? label.zh : code;
    }

    /**
     * Returns the label in English: that of a subject above, or the code of any other.
     *
     * @return the label, such as {@code mathematics}
     */
    @Override
    public String en() {
        Label label = LABELS.get(code);
        return label != null ? label.en : code;
    }

    /** The labels of a built-in subject. */
    private record Label(String zh, String en) {
    }

    @Override
    public int compareTo(Subject other) {
        return code.compareTo(other.code);
    }

    /**
     * Returns the code.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return code;
    }
}
