package org.yanxun;

import java.util.Objects;
import java.util.Optional;

/**
 * One of the 34 province-level administrative divisions of China (省级行政区), identified by the
 * first two digits of its GB/T 2260 division code, such as {@code 44} for Guangdong.
 */
public enum Province implements Labelled {
    /** 北京市, Beijing. */
    BEIJING("11", "北京市", "Beijing"),
    /** 天津市, Tianjin. */
    TIANJIN("12", "天津市", "Tianjin"),
    /** 河北省, Hebei. */
    HEBEI("13", "河北省", "Hebei"),
    /** 山西省, Shanxi. */
    SHANXI("14", "山西省", "Shanxi"),
    /** 内蒙古自治区, Inner Mongolia. */
    INNER_MONGOLIA("15", "内蒙古自治区", "Inner Mongolia"),
    /** 辽宁省, Liaoning. */
    LIAONING("21", "辽宁省", "Liaoning"),
    /** 吉林省, Jilin. */
    JILIN("22", "吉林省", "Jilin"),
    /** 黑龙江省, Heilongjiang. */
    HEILONGJIANG("23", "黑龙江省", "Heilongjiang"),
    /** 上海市, Shanghai. */
    SHANGHAI("31", "上海市", "Shanghai"),
    /** 江苏省, Jiangsu. */
    JIANGSU("32", "江苏省", "Jiangsu"),
    /** 浙江省, Zhejiang. */
    ZHEJIANG("33", "浙江省", "Zhejiang"),
    /** 安徽省, Anhui. */
    ANHUI("34", "安徽省", "Anhui"),
    /** 福建省, Fujian. */
    FUJIAN("35", "福建省", "Fujian"),
    /** 江西省, Jiangxi. */
    JIANGXI("36", "江西省", "Jiangxi"),
    /** 山东省, Shandong. */
    SHANDONG("37", "山东省", "Shandong"),
    /** 河南省, Henan. */
    HENAN("41", "河南省", "Henan"),
    /** 湖北省, Hubei. */
    HUBEI("42", "湖北省", "Hubei"),
    /** 湖南省, Hunan. */
    HUNAN("43", "湖南省", "Hunan"),
    /** 广东省, Guangdong. */
    GUANGDONG("44", "广东省", "Guangdong"),
    /** 广西壮族自治区, Guangxi. */
    GUANGXI("45", "广西壮族自治区", "Guangxi"),
    /** 海南省, Hainan. */
    HAINAN("46", "海南省", "Hainan"),
    /** 重庆市, Chongqing. */
    CHONGQING("50", "重庆市", "Chongqing"),
    /** 四川省, Sichuan. */
    SICHUAN("51", "四川省", "Sichuan"),
    /** 贵州省, Guizhou. */
    GUIZHOU("52", "贵州省", "Guizhou"),
    /** 云南省, Yunnan. */
    YUNNAN("53", "云南省", "Yunnan"),
    /** 西藏自治区, Xizang. */
    XIZANG("54", "西藏自治区", "Xizang"),
    /** 陕西省, Shaanxi. */
    SHAANXI("61", "陕西省", "Shaanxi"),
    /** 甘肃省, Gansu. */
    GANSU("62", "甘肃省", "Gansu"),
    /** 青海省, Qinghai. */
    QINGHAI("63", "青海省", "Qinghai"),
    /** 宁夏回族自治区, Ningxia. */
    NINGXIA("64", "宁夏回族自治区", "Ningxia"),
    /** 新疆维吾尔自治区, Xinjiang. */
    XINJIANG("65", "新疆维吾尔自治区", "Xinjiang"),
    /** 台湾省, Taiwan. */
    TAIWAN("71", "台湾省", "Taiwan"),
    /** 香港特别行政区, Hong Kong. */
    HONG_KONG("81", "香港特别行政区", "Hong Kong"),
    /** 澳门特别行政区, Macao. */
    MACAO("82", "澳门特别行政区", "Macao");

    private final String prefix;
    private final String zh;
    private final String en;

    Province(String prefix, String zh, String en) {
        this.prefix = prefix;
        this.zh = zh;
        this.en = en;
    }

    /**
     * Finds the province-level division with a two-digit prefix.
     *
     * @param prefix the first two digits of a division code, not null
     * @return the division, or empty if no province-level division has that prefix
     */
    public static Optional<Province> ofPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        for (Province province : values()) {
            if (province.prefix.equals(prefix)) {
                return Optional.of(province);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the two-digit prefix of the division codes in this province-level division.
     *
     * @return the prefix, such as {@code 44}
     */
    public String prefix() {
        return prefix;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
