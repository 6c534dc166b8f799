package cn.jixiao.portal.web;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/**
 * The page, size, sort and dir query parameters every list takes ({@code @BeanParam @Valid Paging}).
 * Read as text, so "abc" or "-1" is a 400 naming the parameter instead of JAX-RS's bare 404; each
 * list checks its own sort keys.
 */
public class Paging {
    /** The most rows one page may ask for. */
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @Pattern(regexp = "[0-9]{1,6}", message = "页码应为 0 或正整数 (page must be a whole number from 0)")
    String page;

    @QueryParam("size")
    @Pattern(
            regexp = "0*([1-9]|[1-9][0-9]|1[0-9][0-9]|200)",
            message = "每页条数应为 1 至 200 (size must be a whole number from 1 to 200)")
    String size;

    @QueryParam("sort")
    @Pattern(regexp = "[A-Za-z,+-]{0,100}", message = "排序字段只能是列表支持的字段名 (sort takes the list's field names)")
    String sort;

    @QueryParam("dir")
    @Pattern(regexp = "asc|desc|", message = "排序方向应为 asc 或 desc (dir must be asc or desc)")
    String dir;

    public Paging() {}

    /** For code that pages without a request (a fixed first page). */
    public static Paging first(int size) {
        var paging = new Paging();
        paging.size = Integer.toString(size);
        return paging;
    }

    public int page() {
        return page == null || page.isEmpty() ? 0 : Integer.parseInt(page);
    }

    /** The size asked for, or the list's own default. */
    public int size(int defaultSize) {
        return size == null || size.isEmpty() ? defaultSize : Integer.parseInt(size);
    }

    /** The sort asked for, or the list's default. */
    public String sort(String defaultSort) {
        return sort == null || sort.isBlank() ? defaultSort : sort;
    }

    public boolean descending() {
        return "desc".equals(dir);
    }
}
