package org.yanxun.json;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Objects;
import org.yanxun.CertificateKind;
import org.yanxun.EvaluationKind;
import org.yanxun.ExchangeKind;
import org.yanxun.Grade;
import org.yanxun.HonourKind;
import org.yanxun.HostDuty;
import org.yanxun.InstitutionKind;
import org.yanxun.Level;
import org.yanxun.ParticipantLayer;
import org.yanxun.Post;
import org.yanxun.Province;
import org.yanxun.ResourceKind;
import org.yanxun.SessionKind;
import org.yanxun.SessionMode;
import org.yanxun.SessionRole;
import org.yanxun.Stage;
import org.yanxun.StudioForm;
import org.yanxun.StudioStatus;
import org.yanxun.Tier;
import org.yanxun.Title;
import org.yanxun.UnitRole;
import org.yanxun.policy.Confidence;
import org.yanxun.policy.GradeOutcome;
import org.yanxun.policy.Severity;

/**
 * What the messages of read errors call a kind of value, in Chinese and in English, such as 岗位 and
 * {@code post} for a {@link Post}: a word of the domain, never a Java type name.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param zh the word in Chinese, such as {@code 岗位}
 * @param en the word in English, in lower case and the singular, such as {@code post}
 */
record Noun(String zh, String en) {

    /** The words for the enumerations the codecs read, by class. */
    private static final Map<Class<?>, Noun> ENUMERATIONS = Map.ofEntries(
            entry(CertificateKind.class, new Noun("证书类别", "certificate kind")),
            entry(Confidence.class, new Noun("可信度", "confidence")),
            entry(EvaluationKind.class, new Noun("考核类别", "evaluation kind")),
            entry(ExchangeKind.class, new Noun("交流类别", "exchange kind")),
            entry(Grade.class, new Noun("考核等级", "grade")),
            entry(GradeOutcome.class, new Noun("考核结果", "grade outcome")),
            entry(HonourKind.class, new Noun("荣誉类别", "honour kind")),
            entry(HostDuty.class, new Noun("主持人职责", "host duty")),
            entry(InstitutionKind.class, new Noun("机构类型", "institution kind")),
            entry(Level.class, new Noun("级别", "level")),
            entry(ParticipantLayer.class, new Noun("参训层次", "participant layer")),
            entry(Post.class, new Noun("岗位", "post")),
            entry(Province.class, new Noun("省级行政区", "province")),
            entry(ReadErrorCode.class, new Noun("读取错误", "read error")),
            entry(ResourceKind.class, new Noun("资源类别", "resource kind")),
            entry(SessionKind.class, new Noun("活动类别", "session kind")),
            entry(SessionMode.class, new Noun("举办方式", "session mode")),
            entry(SessionRole.class, new Noun("联合研修单位角色", "session role")),
            entry(Severity.class, new Noun("严重程度", "severity")),
            entry(Stage.class, new Noun("学段", "stage")),
            entry(StudioForm.class, new Noun("工作室形式", "studio form")),
            entry(StudioStatus.class, new Noun("工作室状态", "studio status")),
            entry(Tier.class, new Noun("梯队", "tier")),
            entry(Title.class, new Noun("职称", "title")),
            entry(UnitRole.class, new Noun("联盟单位角色", "unit role")));

    /**
     * Creates a noun.
     *
     * @param zh the word in Chinese, not null
     * @param en the word in English, not null
     */
    Noun {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /**
     * Returns the words for an enumeration that a codec reads.
     *
     * @param type the enumeration class, not null
     * @return the words, such as 学段 and {@code stage} for {@link Stage}
     * @throws IllegalArgumentException if the enumeration has no words here, which a codec of it needs
     */
    static Noun of(Class<? extends Enum<?>> type) {
        Noun noun = ENUMERATIONS.get(type);
        if (noun == null) {
            throw new IllegalArgumentException("No words for the enumeration " + type.getName());
        }
        return noun;
    }
}
