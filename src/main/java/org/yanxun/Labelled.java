package org.yanxun;

/**
 * A value with a stable code and a label in Chinese and in English, from a closed set (an enumeration)
 * or, for {@link StudioType}, from the built-in ones and those a policy or dataset defines, or, for
 * {@link Subject}, from the built-in ones and any other code (labelled by the code itself), such as
 * the stage {@code PRIMARY} (小学, primary school).
 *
 * <p>The code is what the JSON forms and the rule messages use; it never changes once published.
 */
public interface Labelled {

    /**
     * Returns the stable code.
     *
     * @return the code, such as {@code PRIMARY}
     */
    String code();

    /**
     * Returns the label in simplified Chinese.
     *
     * @return the label, such as {@code 小学}
     */
    String zh();

    /**
     * Returns the label in English.
     *
     * @return the label, such as {@code primary school}
     */
    String en();
}
