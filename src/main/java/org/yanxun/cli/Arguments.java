package org.yanxun.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words after the command: positional arguments and {@code --name value} options, checked
 * against the options the command knows.
 */
final class Arguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();

    private Arguments() {
    }

    /**
     * Parses arguments.
     *
     * @param words the words after the command
     * @param valued the options that take a value, without {@code --}
     * @param flags the options that take none
     * @throws UsageError for an unknown option (any word before {@code --} that starts with {@code -} but
     *     {@code -} itself; every word after {@code --} is positional), a
     *     missing value (a value given apart may not start with
     *     {@code --}, which starts the next option; {@code --name=--value} gives one), a value given to a
     *     flag, or an option given twice
     */
    static Arguments parse(List<String> words, Set<String> valued, Set<String> flags) {
        Arguments arguments = new Arguments();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--")) {
                // The end of the options, as POSIX has it: what follows is positional, '-p.json' too.
                arguments.positional.addAll(words.subList(i + 1, words.size()));
                break;
            }
            if (!word.startsWith("-") || word.equals("-")) {
                arguments.positional.add(word);
                continue;
            }
            if (!word.startsWith("--")) {
                // '-p' is no option here, and no file name the user meant either: a file of that name is ./-p.
                throw new UsageError("未知选项 " + word + "（选项以 -- 开头；以 - 开头的文件名请写作 ./" + word + "，或写在 -- 之后）",
                        "unknown option " + word + " (options start with --; write a file name that starts with - as ./"
                                + word + ", or after --)");
            }
            String name = word.substring(2);
            int equals = name.indexOf('=');
            String inline = equals < 0 ? null : name.substring(equals + 1);
            name = equals < 0 ? name : name.substring(0, equals);
            if (arguments.options.containsKey(name)) {
                throw new UsageError("选项 --" + name + " 只能给出一次", "option --" + name + " may be given once");
            }
            if (flags.contains(name)) {
                if (inline != null) {
                    throw new UsageError("选项 --" + name + " 不接受值，收到“" + word + "”",
                            "option --" + name + " takes no value, was '" + word + "'");
                }
                arguments.options.put(name, "true");
            } else if (valued.contains(name)) {
                String value = inline;
                if (value == null) {
                    // The next option, not a value: '--policy --as-of 2025-10-08' lacks the policy.
                    if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
                        throw new UsageError("--" + name + " 需要一个值", "--" + name + " needs a value");
                    }
                    value = words.get(++i);
                }
                arguments.options.put(name, value);
            } else if (name.contains(".") || name.contains("/")) {
                // More like a file name than a mistyped option, as '--weird.json'.
                throw new UsageError("未知选项 --" + name + "（以 -- 开头的文件名请写作 ./" + word + "，或写在 -- 之后）",
                        "unknown option --" + name + " (write a file name that starts with -- as ./" + word
                                + ", or after --)");
            } else {
                throw new UsageError("未知选项 --" + name, "unknown option --" + name);
            }
        }
        return arguments;
    }

    List<String> positional() {
        return positional;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }
}
