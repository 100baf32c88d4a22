/**
 * The JSON exchange layer: readers and writers of dataset documents and JSON Lines, bound by hand
 * over Jackson's streaming API, and the published JSON Schemas (draft 2020-12) bundled under
 * {@code org/yanxun/json/schema/} with {@code $id}s such as
 * {@code https://yanxun.org/schemas/1.0/studio.schema.json}.
 *
 * <p><b>Wire form.</b> Property names are the record component names of the model; identifiers,
 * region codes, credit codes, subjects and studio types are strings; enumerations are their codes;
 * dates are {@code yyyy-MM-dd}; an empty {@code Optional} is an omitted property, never
 * {@code null}; arrays are always written and read as empty when omitted; booleans are always
 * written. A property whose name starts with {@code x-} is an extension: ignored on read, not
 * preserved. Any other unknown property is an error.
 *
 * <p><b>Untrusted input.</b> {@link org.yanxun.json.DatasetReader} and
 * {@link org.yanxun.json.JsonLinesReader} apply {@link org.yanxun.json.JsonLimits}, reject duplicate
 * keys, trailing content and any coercion between JSON types, never resolve a class name, and report
 * every problem as a {@link org.yanxun.json.ReadError} with a JSON Pointer, line, column and a
 * message in Chinese and English. A result with an error holds no value; no Jackson exception
 * reaches the caller. {@link org.yanxun.json.SafeJson} gives applications a Jackson mapper with the
 * same limits and strictness.
 *
 * <p><b>Null policy.</b> No method accepts null unless its Javadoc says so; nothing returns null.
 */
package org.yanxun.json;
