package cn.jixiao.portal.finding;

/** What a region-wide recheck did: how many evaluations it ran, what is open now, and how long it took. */
public record RecheckResult(int year, int evaluations, long open, long blocking, long millis) {}
