package org.yanxun;

/**
 * An identifier of an entity in a {@link Dataset}, such as {@code liwan-studio-001}.
 *
 * <p>An identifier is 1 to 64 characters long: an ASCII letter or digit, then ASCII letters, digits and
 * {@code . _ : -} (no Chinese characters: names carry those). The format is checked at construction; whether the identifier names an entity
 * that exists is a rule ({@code REF_UNKNOWN}), not a construction check.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Identifier extends java.io.Serializable permits PersonId, InstitutionId, StudioId, ClusterId, AllianceId,
        SessionId, ExchangeId, ResourceId, ProjectId {

    /**
     * Returns the identifier as text.
     *
     * @return the identifier, not blank
     */
    String value();
}
