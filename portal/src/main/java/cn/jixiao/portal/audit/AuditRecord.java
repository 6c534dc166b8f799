package cn.jixiao.portal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** One entry of a record's history, with the before and after states as JSON objects. */
public record AuditRecord(
        long id,
        OffsetDateTime at,
        String actor,
        String action,
        String entity,
        Long entityId,
        JsonNode before,
        JsonNode after) {}
