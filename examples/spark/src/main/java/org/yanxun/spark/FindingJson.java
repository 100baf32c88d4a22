package org.yanxun.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yanxun.json.ReadError;
import org.yanxun.rules.Finding;
import tools.jackson.databind.json.JsonMapper;

/**
 * One finding or read error as one line of JSON, such as
 * {@code {"code":"REF_UNKNOWN","severity":"ERROR","line":12,"pointer":"/studio/memberships/3/person",...}}:
 * the form both engines write, so their reports compare line by line.
 */
final class FindingJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private FindingJson() {
    }

    static String of(Finding finding) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", finding.code());
        fields.put("severity", finding.severity().name());
        finding.location().line().ifPresent(line -> fields.put("line", line));
        fields.put("pointer", finding.location().pointer());
        fields.put("messageZh", finding.messageZh());
        fields.put("messageEn", finding.messageEn());
        fields.put("policy", finding.policyId());
        return MAPPER.writeValueAsString(fields);
    }

    /**
     * One read error as one line of JSON, such as
     * {@code {"readError":"JSON_SYNTAX","line":12,"column":5,"pointer":"","messageZh":...,"messageEn":...}}.
     */
    static String of(ReadError error) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("readError", error.code().name());
        fields.put("line", error.line());
        fields.put("column", error.column());
        fields.put("pointer", error.pointer());
        fields.put("messageZh", error.zh());
        fields.put("messageEn", error.en());
        return MAPPER.writeValueAsString(fields);
    }
}
