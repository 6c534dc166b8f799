package cn.jixiao.publicsite.web;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.Grade;
import cn.jixiao.platform.web.ApiError;
import cn.jixiao.publicsite.search.SearchRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The query parameters of a search (q, region, publisher, year, kind, grade, sort, page), checked:
 * the API answers 400 naming each wrong field, the pages leave a wrong filter out.
 */
public record SearchParams(
        String q,
        String region,
        String publisher,
        String year,
        String kind,
        String grade,
        String sort,
        String page,
        String size) {
    private static final Pattern REGION = Pattern.compile("\\d{6}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final int MAX_PUBLISHER = 100;

    /** For the API: every wrong value is a 400 answer naming its field. */
    public SearchRequest strict() {
        var errors = new ArrayList<ApiError.FieldError>();
        Map<String, String> filters = filters(errors);
        Optional<SearchRequest.Order> order = order();
        if (order.isEmpty()) {
            errors.add(new ApiError.FieldError(
                    "sort", "排序方式须为 relevance（相关度）或 date（发布日期）(sort must be relevance or date)"));
        }
        try {
            Paging paging = Paging.strict(page, size);
            if (errors.isEmpty()) {
                return new SearchRequest(q, filters, order.get(), paging.page(), paging.size());
            }
        } catch (jakarta.ws.rs.WebApplicationException e) {
            if (e.getResponse().getEntity() instanceof ApiError paging) {
                errors.addAll(paging.fields());
            }
        }
        throw Paging.invalid(errors);
    }

    /** For pages: a wrong filter or order is left out, a wrong page number shows the first page. */
    public SearchRequest lenient() {
        Paging paging = Paging.lenient(page);
        return new SearchRequest(
                q,
                filters(new ArrayList<>()),
                order().orElse(SearchRequest.Order.RELEVANCE),
                paging.page(),
                paging.size());
    }

    private Optional<SearchRequest.Order> order() {
        if (blank(sort)) {
            return Optional.of(SearchRequest.Order.RELEVANCE);
        }
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> Optional.of(SearchRequest.Order.RELEVANCE);
            case "date" -> Optional.of(SearchRequest.Order.DATE);
            default -> Optional.empty();
        };
    }

    private Map<String, String> filters(List<ApiError.FieldError> errors) {
        var filters = new LinkedHashMap<String, String>();
        if (!blank(region)) {
            if (REGION.matcher(region.strip()).matches()) {
                filters.put("region", region.strip());
            } else {
                errors.add(new ApiError.FieldError(
                        "region", "地区须为 6 位行政区划代码，如 150627 (region must be a 6-digit region code)"));
            }
        }
        if (!blank(publisher)) {
            if (publisher.strip().length() <= MAX_PUBLISHER) {
                filters.put("publisher", publisher.strip());
            } else {
                errors.add(new ApiError.FieldError(
                        "publisher", "发布机构名称过长 (publisher must be at most " + MAX_PUBLISHER + " characters)"));
            }
        }
        if (!blank(year)) {
            if (YEAR.matcher(year.strip()).matches()) {
                filters.put("year", year.strip());
            } else {
                errors.add(new ApiError.FieldError("year", "年度须为四位数字，如 2022 (year must be a four-digit year)"));
            }
        }
        if (!blank(kind)) {
            enumValue(EvaluationKind.class, kind)
                    .ifPresentOrElse(
                            value -> filters.put("kind", value),
                            () -> errors.add(new ApiError.FieldError(
                                    "kind",
                                    "评价类型须为 SELF（绩效自评）、THIRD_PARTY（第三方评价）或 FINANCE_REVIEW（财政评价）"
                                            + " (kind must be SELF, THIRD_PARTY or FINANCE_REVIEW)")));
        }
        if (!blank(grade)) {
            enumValue(Grade.class, grade)
                    .or(() -> byLabel(grade))
                    .ifPresentOrElse(
                            value -> filters.put("grade", value),
                            () -> errors.add(new ApiError.FieldError(
                                    "grade",
                                    "评价等级须为 EXCELLENT（优）、GOOD（良）、FAIR（中）或 POOR（差）"
                                            + " (grade must be EXCELLENT, GOOD, FAIR or POOR)")));
        }
        return filters;
    }

    private static <E extends Enum<E>> Optional<String> enumValue(Class<E> type, String value) {
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant.name());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> byLabel(String label) {
        for (Grade grade : Grade.values()) {
            if (grade.label().equals(label.strip())) {
                return Optional.of(grade.name());
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
