package cn.jixiao.publicsite.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;

/** What citizens do with a single report: look it up, or read it (which counts a view). */
@ApplicationScoped
public class ReportService {

    @Inject
    ReportRepository repository;

    public Optional<Report> find(long id) {
        try {
            return repository.find(id);
        } catch (SQLException e) {
            throw new ReportStoreException(e);
        }
    }

    /** The report for its page; a published report's view count grows by one. */
    public Optional<Report> view(long id) {
        try {
            Optional<Report> report = repository.find(id);
            if (report.isEmpty() || !report.get().published()) {
                return report;
            }
            return Optional.of(repository.countView(id).stream()
                    .mapToObj(report.get()::withViews)
                    .findFirst()
                    .orElse(report.get()));
        } catch (SQLException e) {
            throw new ReportStoreException(e);
        }
    }
}
