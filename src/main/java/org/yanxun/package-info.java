/**
 * The domain model of teacher research-and-training communities (研训共同体): people and
 * institutions, district clusters of studios and workshops with their cycles and memberships, and
 * cross-regional alliances with their plans, joint sessions, exchanges and shared resources.
 *
 * <p><b>Null policy.</b> No method or constructor in this package accepts null unless its Javadoc
 * says so; passing null throws {@link java.lang.NullPointerException} naming the argument. Nothing
 * returns null: an absent value is an empty {@link java.util.Optional}, an absent collection is
 * empty.
 *
 * <p><b>Two failure channels.</b> A value that cannot be meaningful (a cycle of seven years, a
 * membership that ends before it starts, a malformed region code) throws
 * {@link java.lang.IllegalArgumentException} at construction, with a message that quotes the value.
 * A problem in otherwise well-formed data (too many members, an ineligible host) is not an
 * exception: it is a finding of the rule engine in {@code org.yanxun.rules}.
 *
 * <p><b>Dates.</b> Every date of the model is in the years 0000 to 9999, the years a document writes
 * as {@code yyyy-MM-dd} and reads back; a constructor given another date throws
 * {@link java.lang.IllegalArgumentException}. {@link org.yanxun.DateRange}, a value the rules also
 * compute, is not bounded; the records that hold one check its ends.
 *
 * <p>Every type here but the builders ({@code Person.Builder}, {@code Studio.Builder}),
 * which are not thread-safe and share nothing with what they build, is immutable and thread-safe;
 * collections are copied on the way in and
 * iterate in a deterministic order. The package imports only the JDK (and the library's unexported
 * {@code org.yanxun.internal} helpers).
 */
package org.yanxun;
