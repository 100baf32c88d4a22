package org.yanxun;

import java.util.Objects;
import org.yanxun.internal.Checks;

/**
 * A presentation given at a joint session: a speaker and a title.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param speaker the speaker, not null
 * @param title the title, not blank
 */
public record Presentation(PersonId speaker, String title) {

    /**
     * Creates a presentation, checking its invariants.
     *
     * @param speaker the speaker, not null
     * @param title the title, not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public Presentation {
        Objects.requireNonNull(speaker, "speaker");
        Checks.text(title, "title");
    }

    /**
     * Obtains a presentation.
     *
     * @param speaker the speaker, not null
     * @param title the title, not blank
     * @return the presentation
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public static Presentation of(PersonId speaker, String title) {
        return new Presentation(speaker, title);
    }
}
