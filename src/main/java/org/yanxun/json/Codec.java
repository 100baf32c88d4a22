package org.yanxun.json;

import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes one kind of JSON value by hand over Jackson's streaming API.
 *
 * @param <T> the type of the value
 */
interface Codec<T> {

    /**
     * Reads the value at the cursor's current token, which is never {@code null}. On success the
     * current token is the value's last token; on failure the value was skipped and at least one
     * error was reported.
     *
     * @param cursor the cursor
     * @return the value, or null after reporting an error
     */
    T read(Cursor cursor);

    /**
     * Writes a value.
     *
     * @param generator the generator
     * @param value the value, not null
     */
    void write(JsonGenerator generator, T value);
}
