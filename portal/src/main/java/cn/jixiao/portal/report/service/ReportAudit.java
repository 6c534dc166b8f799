package cn.jixiao.portal.report.service;

import cn.jixiao.portal.audit.AuditEntry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/** The audit rows of report changes, in the caller's transaction, for a named caller (users and the demo). */
@ApplicationScoped
public class ReportAudit {
    static final String ENTITY = "Report";

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, long reportId, Object before, Object after) {
        var entry = new AuditEntry();
        entry.at = OffsetDateTime.now();
        entry.actor = caller.username();
        entry.action = action;
        entry.entity = ENTITY;
        entry.entityId = reportId;
        entry.before = toJson(before);
        entry.after = toJson(after);
        entry.persist();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write audit JSON", e);
        }
    }
}
