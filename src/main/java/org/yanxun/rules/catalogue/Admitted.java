package org.yanxun.rules.catalogue;

import java.util.Collection;
import java.util.stream.Collectors;
import org.yanxun.Labelled;
import org.yanxun.internal.English;

/** The kinds a policy admits, as a message names them after a kind it does not admit. */
final class Admitted {

    private Admitted() {
    }

    /**
     * The kinds in Chinese: {@code 可接受：教研院、教师进修学校、高校}, or {@code 政策不认可任何类别} for none.
     */
    static String zh(Collection<? extends Labelled> kinds) {
        return kinds.isEmpty() ? "政策不认可任何类别"
                : "可接受：" + kinds.stream().map(Labelled::zh).collect(Collectors.joining("、"));
    }

    /**
     * The kinds in English: {@code it admits research institute, teacher-training school or university}, or
     * {@code it admits none} for none.
     */
    static String en(Collection<? extends Labelled> kinds) {
        return "it admits " + (kinds.isEmpty() ? "none"
                : English.list("or", kinds.stream().map(Labelled::en).toList()));
    }
}
