package org.yanxun.rules.catalogue;

import java.io.Serializable;
import java.time.LocalDate;
import org.yanxun.DateRange;
import org.yanxun.Exchange;
import org.yanxun.ExchangeKind;
import org.yanxun.InstitutionId;
import org.yanxun.rules.Location;

/**
 * A place in an exchange of the four mutual mechanism, as the person rules keep it.
 *
 * @param exchange the exchange identifier
 * @param kind the exchange kind
 * @param sender the sending institution's identifier, interned
 * @param start the first day, as an epoch day
 * @param end the last day, as an epoch day
 * @param line the line of the exchange record, or 0
 * @param where the location of the participant, as {@link Spot#where} keeps it
 */
record Trip(String exchange, ExchangeKind kind, String sender, int start, int end, long line, Object where)
        implements Serializable {

    static Trip of(Exchange exchange, Location at) {
        return new Trip(exchange.id().value(), exchange.kind(), Interned.of(exchange.from().value()),
                (int) exchange.start().toEpochDay(), (int) exchange.end().toEpochDay(), Spot.lineOf(at),
                Spot.where(at));
    }

    InstitutionId from() {
        return InstitutionId.of(sender);
    }

    DateRange period() {
        return DateRange.of(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(end));
    }

    Location location() {
        return Spot.location(line, where);
    }
}
