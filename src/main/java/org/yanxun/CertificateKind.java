package org.yanxun;

/**
 * What a studio host or member is issued: a {@link #CERTIFICATE} (证书) or a {@link #PLAQUE} (牌匾, 授牌).
 */
public enum CertificateKind implements Labelled {

    /** 证书: a certificate issued to a person. */
    CERTIFICATE("证书", "certificate"),

    /** 牌匾: a plaque issued to the studio. */
    PLAQUE("牌匾", "plaque");

    private final String zh;
    private final String en;

    CertificateKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
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
