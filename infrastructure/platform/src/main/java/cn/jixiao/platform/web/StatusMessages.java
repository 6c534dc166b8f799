package cn.jixiao.platform.web;

/**
 * What an error status means to a person, in Chinese first and English second: the title of an
 * error page and the message of an answer that has no more specific one.
 */
public final class StatusMessages {
    private StatusMessages() {}

    /** @param title the page title, e.g. 未找到; @param message one sentence, Chinese then English in brackets */
    public record StatusMessage(String title, String englishTitle, String message) {}

    public static StatusMessage of(int status) {
        return switch (status) {
            case 400 -> new StatusMessage("请求有误", "Bad request", "请求中的数据有误，请检查后重试 (the request contains invalid data)");
            case 401 -> new StatusMessage("请先登录", "Sign-in required", "请先登录 (authentication required)");
            case 403 -> new StatusMessage("无权访问", "Forbidden", "您没有权限查看或修改此内容 (you may not see or change this)");
            case 404 ->
                new StatusMessage("未找到", "Not found", "您要找的页面或资源不存在，可能地址有误或已被删除 (the page or resource does not exist)");
            case 405 ->
                new StatusMessage(
                        "不支持的操作",
                        "Method not allowed",
                        "该地址不支持这种请求方式 (this address does not support the request method)");
            case 406 ->
                new StatusMessage("无法提供所需格式", "Not acceptable", "无法以请求的格式回答 (the requested format cannot be produced)");
            case 409 ->
                new StatusMessage(
                        "数据冲突",
                        "Conflict",
                        "数据与现有内容冲突或已被他人修改，请刷新后重试 (the data conflicts or has changed; reload and retry)");
            case 413 ->
                new StatusMessage("提交的内容过大", "Content too large", "提交的内容超过了允许的大小 (the request is larger than allowed)");
            case 414 -> new StatusMessage("地址过长", "URI too long", "请求地址过长 (the address is too long)");
            case 415 ->
                new StatusMessage("不支持的内容类型", "Unsupported media type", "不支持该内容类型 (the content type is not supported)");
            case 503 ->
                new StatusMessage(
                        "服务暂时不可用",
                        "Service unavailable",
                        "所需的服务暂时无法访问，请稍后重试 (a service this needs is unavailable; try again shortly)");
            default ->
                status >= 500
                        ? new StatusMessage(
                                "服务暂时不可用", "Server error", "服务暂时出现问题，请稍后重试 (the server failed; try again later)")
                        : new StatusMessage("请求无法处理", "Request failed", "请求无法处理 (request failed)");
        };
    }

    /**
     * A message raised by our own code is written for people (it has Chinese text); a framework's
     * English internals ("Unable to find matching target resource method") are not shown.
     */
    public static String personal(String message, int status) {
        return message != null && message.codePoints().anyMatch(StatusMessages::isHan)
                ? message
                : of(status).message();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
