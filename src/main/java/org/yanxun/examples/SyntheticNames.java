package org.yanxun.examples;

/**
 * Deterministic synthetic Chinese names for the people of the example datasets.
 *
 * <p>Every name is made from a surname and two given-name characters chosen by the index; the
 * people who carry them are marked synthetic and exist in no real roster.
 */
final class SyntheticNames {

    private static final String SURNAMES = "陈李黄张梁林刘何王吴罗郑谢冯邓曾彭萧蔡潘";
    private static final String GIVEN = "思雨晨欣子浩宇嘉文博佳明睿涵雅志诗若安宁";

    private SyntheticNames() {
    }

    /**
     * Returns the synthetic name for an index.
     *
     * @param index the index, at least 0
     * @return a three-character name, distinct for indexes below 8000
     */
    static String of(int index) {
        int surname = index % SURNAMES.length();
        int first = (index / SURNAMES.length()) % GIVEN.length();
        int second = (index / (SURNAMES.length() * GIVEN.length())) % GIVEN.length();
        return "" + SURNAMES.charAt(surname) + GIVEN.charAt(first) + GIVEN.charAt(second);
    }
}
