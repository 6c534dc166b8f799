package cn.jixiao.portal.evidence;

import java.time.OffsetDateTime;

/** A presigned download link and when it stops working. */
public record EvidenceLink(long id, String fileName, String url, OffsetDateTime expiresAt) {}
