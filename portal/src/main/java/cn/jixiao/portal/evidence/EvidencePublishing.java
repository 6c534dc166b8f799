package cn.jixiao.portal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What publication asks of evidence: a file may be published (e.g. attached to a published report) only
 * when the scanner found it CLEAN; PENDING, INFECTED and FAILED files are held back.
 */
@ApplicationScoped
public class EvidencePublishing {
    @Inject
    EvidenceService service;

    /** True only for a file of the current region whose scan verdict is CLEAN. */
    public boolean isPublishable(long evidenceId) {
        return service.isClean(evidenceId);
    }
}
