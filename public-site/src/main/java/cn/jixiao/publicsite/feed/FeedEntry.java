package cn.jixiao.publicsite.feed;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A published report as an Atom entry or a sitemap URL. */
public record FeedEntry(
        long id,
        String title,
        String publisher,
        String region,
        String summary,
        LocalDate publishedOn,
        OffsetDateTime updatedAt) {}
