package org.yanxun;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.yanxun.internal.Checks;

/**
 * One exchange of the four mutual mechanism (四互): people of one kind moving from a sending
 * institution to a receiving one for a period, such as two research-trainers of 綦江 dispatched to
 * 营山 for two weeks.
 *
 * <p>The participants may be empty here: that an exchange moves no one is a rule
 * ({@code EXCHANGE_PARTIES}), not a construction check, and such an exchange does not count towards
 * reciprocity or the kinds in use.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param kind the exchange kind, not null
 * @param from the sending institution, not null
 * @param to the receiving institution, not null
 * @param participants the people who move, not null
 * @param start the first day, not null
 * @param end the last day, not before {@code start}
 */
public record Exchange(ExchangeId id, ExchangeKind kind, InstitutionId from, InstitutionId to,
        List<PersonId> participants, LocalDate start, LocalDate end) {

    /**
     * Creates an exchange, checking its invariants.
     *
     * @param id the identifier, not null
     * @param kind the exchange kind, not null
     * @param from the sending institution, not null
     * @param to the receiving institution, not null
     * @param participants the people who move, not null
     * @param start the first day, not null
     * @param end the last day, not before {@code start}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public Exchange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        participants = Checks.list(participants, "participants");
        Checks.date(start, "start");
        Checks.date(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidValueException("交流 " + id + " 的结束不能早于开始，实为 " + start + " 至 " + end,
                    "Exchange " + id + " must not end before it starts, was " + start + " to " + end);
        }
    }

    /**
     * Returns the period of the exchange.
     *
     * @return {@code start} to {@code end}, both included
     */
    public DateRange period() {
        return new DateRange(start, end);
    }
}
