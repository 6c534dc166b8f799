package cn.jixiao.portal.evidence;

/** A file now in object storage: where, its checked type, size, SHA-256 (hex) and the name to show. */
public record StoredFile(String objectKey, FileType type, long size, String sha256, String fileName) {}
