package cn.jixiao.publicsite.report;

import cn.jixiao.publicsite.views.ReaderCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;

/** What citizens do with a single report: look it up, or read it (which counts a view). */
@ApplicationScoped
public class ReportService {

    @Inject
    ReportRepository repository;

    @Inject
    ReaderCounter readers;

    public Optional<Report> find(long id) {
        try {
            return repository.find(id);
        } catch (SQLException e) {
            throw new ReportStoreException(e);
        }
    }

    /**
     * The report for its page; a published report's view count grows by one when a person (not a robot
     * or a prefetch) reads it for the first time today.
     *
     * @param reader the visitor as address and browser, empty when the request is no person reading
     */
    public Optional<Report> view(long id, Optional<Reader> reader) {
        Optional<Report> report = find(id);
        if (report.isEmpty() || !report.get().published() || reader.isEmpty()) {
            return report;
        }
        OptionalLong counted =
                readers.count(id, reader.get().address(), reader.get().userAgent());
        return counted.isPresent() ? report.map(found -> found.withViews(counted.getAsLong())) : report;
    }

    /** A person reading a page: the client's address and browser. */
    public record Reader(String address, String userAgent) {}
}
