package org.yanxun;

import java.time.LocalDate;
import java.util.Objects;
import org.yanxun.internal.Checks;

/**
 * An evaluation of a studio (考核), such as a final evaluation graded 优秀 on {@code 2027-12-20}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind mid-term or final, not null
 * @param date the date of the evaluation, not null
 * @param grade the grade, not null
 */
public record Evaluation(EvaluationKind kind, LocalDate date, Grade grade) {

    /**
     * Creates an evaluation, checking its invariants.
     *
     * @param kind mid-term or final, not null
     * @param date the date of the evaluation, not null
     * @param grade the grade, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a date is outside the years 0000 to 9999
     */
    public Evaluation {
        Objects.requireNonNull(kind, "kind");
        Checks.date(date, "date");
        Objects.requireNonNull(grade, "grade");
    }

    /**
     * Obtains an evaluation.
     *
     * @param kind mid-term or final, not null
     * @param date the date, not null
     * @param grade the grade, not null
     * @return the evaluation
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public static Evaluation of(EvaluationKind kind, LocalDate date, Grade grade) {
        return new Evaluation(kind, date, grade);
    }
}
