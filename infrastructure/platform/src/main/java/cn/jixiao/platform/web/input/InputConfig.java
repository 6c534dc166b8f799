package cn.jixiao.platform.web.input;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the web layer's own input checks ({@link InputGuard}). */
@ConfigMapping(prefix = "jixiao.web.input")
public interface InputConfig {

    /**
     * The largest URL-encoded form body read and checked before the app sees it (a form of text
     * fields; files come as multipart and are streamed, never held here). Larger is a 413.
     */
    @WithDefault("1M")
    MemorySize maxFormSize();
}
