package cn.jixiao.tenantadmin.bulk;

import cn.jixiao.tenantadmin.web.ConflictException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The database side of bulk onboarding: jobs and items, each change in its own short transaction. */
@ApplicationScoped
public class BulkService {
    static final String NOT_FOUND = "没有这个批量开通任务 (no such bulk onboarding)";

    @Inject
    BulkPlanner planner;

    @Inject
    ObjectMapper json;

    /** Reads the list, plans it against the database and saves it as a job awaiting confirmation. */
    @Transactional
    public long preview(String fileName, CodeList.Parsed parsed, String actor) {
        var plan = planner.plan(parsed);
        var job = new BulkJob();
        job.fileName = fileName;
        job.createdBy = actor;
        job.createdAt = Instant.now();
        job.status = BulkJob.Status.PREVIEW;
        job.problems = write(plan.problems());
        job.skipped = write(parsed.skipped());
        job.persist();
        Panache.getEntityManager().flush();
        for (BulkItem item : plan.items()) {
            item.jobId = job.id;
            item.persist();
        }
        return job.id;
    }

    /** Marks the job running; refused while the file has problems or the job already runs. */
    @Transactional
    public void markRunning(long id) {
        var job = job(id);
        if (!read(job.problems, new TypeReference<List<CodeList.Problem>>() {}).isEmpty()) {
            throw new ConflictException("文件中有错误的行，请修改后重新上传 (the file has bad rows: fix it and upload it again)");
        }
        if (job.status == BulkJob.Status.RUNNING) {
            throw new ConflictException("该批量开通正在进行 (this bulk onboarding is already running)");
        }
        job.status = BulkJob.Status.RUNNING;
        job.startedAt = Instant.now();
        job.stopReason = null;
        job.finishedAt = null;
    }

    /** The next item to work on in this pass: pending or failed, after {@code afterSeq}. */
    @Transactional
    public Optional<BulkItem> next(long jobId, int afterSeq) {
        return BulkItem.<BulkItem>find(
                        "jobId = ?1 and seq > ?2 and state in ?3 order by seq",
                        jobId,
                        afterSeq,
                        List.of(BulkItem.State.PENDING, BulkItem.State.FAILED))
                .firstResultOptional();
    }

    @Transactional
    public void itemOutcome(long itemId, BulkItem.State state, String message) {
        BulkItem item = BulkItem.findById(itemId);
        item.state = state;
        item.message = message;
        item.finishedAt = Instant.now();
    }

    @Transactional
    public void finish(long id, String stopReason) {
        var job = job(id);
        job.status = stopReason == null ? BulkJob.Status.FINISHED : BulkJob.Status.STOPPED;
        job.stopReason = stopReason;
        job.finishedAt = Instant.now();
    }

    /** A job that was running when this process stopped is stopped: the operator resumes it. */
    @Transactional
    void stopInterrupted(@Observes StartupEvent event) {
        Panache.getEntityManager()
                .createNativeQuery("update bulk_onboarding set status = 'STOPPED', finished_at = now(),"
                        + " stop_reason = '服务重启，任务中断；请继续 (the service restarted: resume the job)'"
                        + " where status = 'RUNNING'")
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BulkView view(long id, boolean withItems, boolean credentialsWaiting) {
        var job = job(id);
        var progress = progress(id);
        var problems = read(job.problems, new TypeReference<List<CodeList.Problem>>() {});
        List<BulkView.Item> items = withItems
                ? BulkItem.<BulkItem>list("jobId = ?1 order by seq", id).stream()
                        .map(BulkView.Item::of)
                        .toList()
                : List.of();
        return new BulkView(
                job.id,
                job.fileName,
                job.createdBy,
                job.createdAt,
                job.status,
                job.status.label(),
                job.stopReason,
                progress,
                problems.isEmpty() && job.status != BulkJob.Status.RUNNING && progress.toCreate() > 0,
                credentialsWaiting,
                problems,
                read(job.skipped, new TypeReference<List<CodeList.Skipped>>() {}),
                items);
    }

    /** The latest jobs, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BulkView> recent() {
        return BulkJob.<BulkJob>find("order by id desc").page(0, 20).list().stream()
                .map(job -> view(job.id, false, false))
                .toList();
    }

    private static BulkView.Progress progress(long id) {
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery("select state, count(*) from bulk_onboarding_item where job_id = :id group by state")
                .setParameter("id", id)
                .getResultList();
        int pending = 0;
        int done = 0;
        int existing = 0;
        int failed = 0;
        for (Object row : rows) {
            var cells = (Object[]) row;
            int n = ((Number) cells[1]).intValue();
            switch (BulkItem.State.valueOf((String) cells[0])) {
                case PENDING -> pending = n;
                case DONE -> done = n;
                case EXISTING -> existing = n;
                case FAILED -> failed = n;
            }
        }
        return new BulkView.Progress(pending + done + existing + failed, pending, done, existing, failed);
    }

    static BulkJob job(long id) {
        return BulkJob.<BulkJob>findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
