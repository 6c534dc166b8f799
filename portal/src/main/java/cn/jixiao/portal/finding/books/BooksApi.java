package cn.jixiao.portal.finding.books;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.web.QueryParams;
import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The checks across a region's books, run on demand by a finance reviewer. What they find is listed with
 * every other finding ({@code GET /api/findings?year=&code=PROJECT_WITHOUT_TARGETS}), a department seeing
 * its own.
 */
@Path("/api/findings/books")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class BooksApi {
    static final String ONLY_FINANCE = "只有财政审核人可以核查全地区的账目 (only a finance reviewer may check the region's books)";
    static final String YEAR_REQUIRED = "请指定年度 year (year is required)";

    @Inject
    Access access;

    @Inject
    BooksChecks checks;

    @POST
    @Path("/recheck")
    @Operation(
            summary = "核查账目 (finance reviewer: rerun the checks across the region's books for a year — projects"
                    + " without targets, purchased services not evaluated, expenditures outside their line's classes,"
                    + " contracts over the threshold without procurement, late plan steps)")
    public BooksChecks.Result recheck(@QueryParam("year") String year) {
        if (!access.isFinanceReviewer()) {
            throw new ForbiddenException(ONLY_FINANCE);
        }
        Integer y = QueryParams.year("year", year);
        if (y == null) {
            throw Refusals.invalid("year", YEAR_REQUIRED);
        }
        return checks.recheck(y);
    }
}
