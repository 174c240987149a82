package com.baokao.web.admin;

import java.io.Serializable;
import java.util.Map;

/**
 * The "add" row of admin/session.xhtml's levels card: the level picked, and the code and name typed for a new
 * level, specialty or subject, or the text of an eligibility condition of that level.
 */
public class PartFields implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service names a level's, specialty's or subject's code and name apart; the page has one input for each. */
    static final Map<String, String> COMPONENT_IDS = Map.of(
            "levelCode", "partCode", "specialtyCode", "partCode", "subjectCode", "partCode",
            "levelName", "partName", "specialtyName", "partName", "subjectName", "partName");

    private Long levelId;
    private String code;
    private String name;
    private String condition;

    /** After something was added: the typed text goes, the level picked stays for the next part. */
    void clear() {
        code = null;
        name = null;
        condition = null;
    }

    public Long getLevelId() {
        return levelId;
    }

    public void setLevelId(Long levelId) {
        this.levelId = levelId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCondition() {
        return condition;
    }

    public void setCondition(String condition) {
        this.condition = condition;
    }
}
