package cn.jixiao.tenantadmin.web;

/** The request contradicts what already exists (answered with 409 and the message). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
