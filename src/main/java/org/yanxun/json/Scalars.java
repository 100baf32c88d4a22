package org.yanxun.json;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yanxun.InvalidValueException;
import org.yanxun.Labelled;
import org.yanxun.internal.Checks;
import org.yanxun.internal.Dates;
import org.yanxun.internal.English;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;

/**
 * Codecs of JSON scalars: strings, strings parsed into value types, integers, booleans, ISO dates
 * and enumeration codes. None coerces: a number is never read as a string, nor a string as a number.
 */
final class Scalars {

    /** Free text, as is; the model checks blankness and length. */
    static final Codec<String> TEXT = new Codec<>() {
        @Override
        public String read(Cursor cursor) {
            if (cursor.token() != JsonToken.VALUE_STRING) {
                cursor.mismatch("字符串", "a string");
                return null;
            }
            return cursor.parser().getString();
        }

        @Override
        public void write(JsonGenerator generator, String value) {
            generator.writeString(value);
        }
    };

    /** A 32-bit integer; a fraction, exponent or out-of-range number is an error. */
    static final Codec<Integer> INT = new Codec<>() {
        @Override
        public Integer read(Cursor cursor) {
            if (cursor.token() != JsonToken.VALUE_NUMBER_INT) {
                cursor.mismatch("整数", "an integer");
                return null;
            }
            JsonParser parser = cursor.parser();
            if (parser.getNumberType() != JsonParser.NumberType.INT) {
                cursor.error(ReadErrorCode.JSON_VALUE, "整数超出范围：" + parser.getString(),
                        "integer out of range: " + parser.getString());
                return null;
            }
            return parser.getIntValue();
        }

        @Override
        public void write(JsonGenerator generator, Integer value) {
            generator.writeNumber(value.intValue());
        }
    };

    /** A 64-bit integer, such as a line number; a fraction, exponent or out-of-range number is an error. */
    static final Codec<Long> LONG = new Codec<>() {
        @Override
        public Long read(Cursor cursor) {
            if (cursor.token() != JsonToken.VALUE_NUMBER_INT) {
                cursor.mismatch("整数", "an integer");
                return null;
            }
            JsonParser parser = cursor.parser();
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                cursor.error(ReadErrorCode.JSON_VALUE, "整数超出范围：" + parser.getString(),
                        "integer out of range: " + parser.getString());
                return null;
            }
            return parser.getLongValue();
        }

        @Override
        public void write(JsonGenerator generator, Long value) {
            generator.writeNumber(value.longValue());
        }
    };

    /** {@code true} or {@code false}. */
    static final Codec<Boolean> BOOLEAN = new Codec<>() {
        @Override
        public Boolean read(Cursor cursor) {
            JsonToken token = cursor.token();
            if (token == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            if (token == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            cursor.mismatch("布尔值", "a boolean");
            return null;
        }

        @Override
        public void write(JsonGenerator generator, Boolean value) {
            generator.writeBoolean(value);
        }
    };

    /** An ISO calendar date, exactly {@code yyyy-MM-dd}. */
    static final Codec<LocalDate> DATE = new Codec<>() {
        @Override
        public LocalDate read(Cursor cursor) {
            String text = TEXT.read(cursor);
            if (text == null) {
                return null;
            }
            LocalDate date = Dates.parse(text);
            if (date == null) {
                cursor.error(ReadErrorCode.JSON_DATE, "日期须为有效的 yyyy-MM-dd 格式，实为" + Checks.quoteZh(text),
                        "date must be a valid yyyy-MM-dd date, was " + Checks.quote(text));
            }
            return date;
        }

        /**
         * Writes {@code yyyy-MM-dd} as {@link LocalDate#toString()} does, without building a string:
         * writing dates took a fifth of the time writing a dataset took. A date of another year, which
         * {@link LocalDate#toString()} writes with a sign and more digits, is refused: no reader (nor the
         * schemas' {@code date} format) accepts it, so it could not be read back.
         *
         * @throws InvalidValueException if the year is below 0000 or above 9999
         */
        @Override
        public void write(JsonGenerator generator, LocalDate value) {
            int year = value.getYear();
            if (year < Checks.MIN_YEAR || year > Checks.MAX_YEAR) {
                String pointer = generator.streamWriteContext().pathAsPointer().toString();
                String where = pointer.isEmpty() ? "/" : pointer;
                throw new InvalidValueException(where + " 处的日期须在 0000 至 9999 年之间才能写成 yyyy-MM-dd，实为 " + value,
                        "date at " + where + " must be in the years 0000 to 9999 to be written as yyyy-MM-dd, was "
                                + value);
            }
            int month = value.getMonthValue();
            int day = value.getDayOfMonth();
            char[] text = {digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10), '-',
                digit(month / 10), digit(month % 10), '-', digit(day / 10), digit(day % 10)};
            generator.writeString(text, 0, text.length);
        }
    };

    private static char digit(int value) {
        return (char) ('0' + value);
    }

    private Scalars() {
    }

    /**
     * Returns a codec of a value written as a string, such as an identifier or a region code; an
     * {@link IllegalArgumentException} of the parser becomes a {@link ReadErrorCode#JSON_FORMAT} error.
     *
     * @param <T> the type
     * @param parse the parser of the text
     * @param format the text of a value
     * @return the codec
     */
    static <T> Codec<T> parsed(Function<String, T> parse, Function<T, String> format) {
        return new Codec<>() {
            @Override
            public T read(Cursor cursor) {
                String text = TEXT.read(cursor);
                if (text == null) {
                    return null;
                }
                try {
                    return parse.apply(text);
                } catch (IllegalArgumentException e) {
                    cursor.error(ReadErrorCode.JSON_FORMAT, "格式不正确：" + InvalidValueException.zhOf(e),
                            "wrong format: " + English.afterColon(e.getMessage()));
                    return null;
                }
            }

            @Override
            public void write(JsonGenerator generator, T value) {
                generator.writeString(format.apply(value));
            }
        };
    }

    /**
     * Reports a code that is none of an enumeration's, naming them all: a {@code JSON_ENUM} error.
     *
     * @param cursor where the code was read
     * @param code the code read
     * @param noun what the enumeration's values are called
     * @param allowed its codes, joined by commas
     */
    static void notOneOf(Cursor cursor, String code, Noun noun, String allowed) {
        cursor.error(ReadErrorCode.JSON_ENUM,
                "代码" + Checks.quoteZh(code) + "不是" + noun.zh() + "的取值之一：" + allowed,
                "code " + Checks.quote(code) + " is not one of the " + noun.en() + " codes: " + allowed);
    }

    /** The codes of an enumeration's constants, joined by commas, as {@link #notOneOf} names them. */
    static <E extends Enum<E> & Labelled> String codesOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::code).collect(Collectors.joining(", "));
    }

    /**
     * Returns a codec of the constants of an enumeration, written as their {@link Labelled#code()}.
     *
     * @param <E> the enumeration
     * @param type the enumeration class
     * @return the codec
     */
    static <E extends Enum<E> & Labelled> Codec<E> enumeration(Class<E> type) {
        E[] constants = type.getEnumConstants();
        String[] codes = Arrays.stream(constants).map(Labelled::code).toArray(String[]::new);
        // Each code encoded once, as a written property name is, rather than at every value written.
        SerializedString[] encoded = Arrays.stream(codes).map(SerializedString::new).toArray(SerializedString[]::new);
        Noun noun = Noun.of(type);
        String allowed = codesOf(type);
        return new Codec<>() {
            @Override
            public E read(Cursor cursor) {
                String code = TEXT.read(cursor);
                if (code == null) {
                    return null;
                }
                E constant = constantOf(code, codes, constants);
                if (constant == null) {
                    notOneOf(cursor, code, noun, allowed);
                }
                return constant;
            }

            @Override
            public void write(JsonGenerator generator, E value) {
                generator.writeString(encoded[value.ordinal()]);
            }
        };
    }

    /**
     * Finds the constant of a code by comparing it with each code: the enumerations have at most a few
     * dozen constants, and a code read is a new string, whose hash would be computed for a lookup.
     */
    private static <E> E constantOf(String code, String[] codes, E[] constants) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(code)) {
                return constants[i];
            }
        }
        return null;
    }

    /**
     * Returns a codec of the constants of an enumeration without codes of their own, written as their
     * names, such as {@code "ERROR"} for a severity.
     *
     * @param <E> the enumeration
     * @param type the enumeration class
     * @return the codec
     */
    static <E extends Enum<E>> Codec<E> named(Class<E> type) {
        Noun noun = Noun.of(type);
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        SerializedString[] encoded = Arrays.stream(type.getEnumConstants()).map(e -> new SerializedString(e.name()))
                .toArray(SerializedString[]::new);
        return new Codec<>() {
            @Override
            public E read(Cursor cursor) {
                String name = TEXT.read(cursor);
                if (name == null) {
                    return null;
                }
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(name)) {
                        return constant;
                    }
                }
                notOneOf(cursor, name, noun, allowed);
                return null;
            }

            @Override
            public void write(JsonGenerator generator, E value) {
                generator.writeString(encoded[value.ordinal()]);
            }
        };
    }

    /**
     * Returns a codec of a string that must equal one constant, such as the schema version.
     *
     * @param constant the only accepted text
     * @return the codec
     */
    static Codec<String> constant(String constant) {
        return new Codec<>() {
            @Override
            public String read(Cursor cursor) {
                String text = TEXT.read(cursor);
                if (text != null && !text.equals(constant)) {
                    cursor.error(ReadErrorCode.JSON_VALUE, "值须为" + Checks.quoteZh(constant) + "，实为"
                            + Checks.quoteZh(text), "value must be " + Checks.quote(constant) + ", was " + Checks.quote(text));
                    return null;
                }
                return text;
            }

            @Override
            public void write(JsonGenerator generator, String value) {
                generator.writeString(value);
            }
        };
    }
}
