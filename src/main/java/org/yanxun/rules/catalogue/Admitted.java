package org.yanxun.rules.catalogue;

import java.util.Collection;
import java.util.List;
import org.yanxun.Labelled;
import org.yanxun.internal.English;

/** The kinds a policy admits, as a message names them after a kind it does not admit. */
final class Admitted {

    private Admitted() {
    }

    /**
     * The kinds in Chinese, quoted as the kind refused is: {@code 可接受：“教研院”、“教师进修学校”、“高校”},
     * {@code 仅可接受“高校”}, or {@code 政策不认可任何类别} for none.
     */
    static String zh(Collection<? extends Labelled> kinds) {
        List<String> quoted = kinds.stream().map(kind -> "“" + kind.zh() + "”").toList();
        return switch (quoted.size()) {
            case 0 -> "政策不认可任何类别";
            case 1 -> "仅可接受" + quoted.get(0);
            default -> "可接受：" + String.join("、", quoted);
        };
    }

    /**
     * The kinds in English, quoted as the kind refused is: {@code it admits 'research institute',
     * 'teacher-training school' and 'university'}, {@code it admits only 'university'}, or
     * {@code it admits none} for none.
     */
    static String en(Collection<? extends Labelled> kinds) {
        List<String> quoted = kinds.stream().map(kind -> "'" + kind.en() + "'").toList();
        return switch (quoted.size()) {
            case 0 -> "it admits none";
            case 1 -> "it admits only " + quoted.get(0);
            default -> "it admits " + English.list("and", quoted);
        };
    }
}
