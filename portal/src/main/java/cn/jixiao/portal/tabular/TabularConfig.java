package cn.jixiao.portal.tabular;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of spreadsheet import (jixiao.tabular.*). */
@ConfigMapping(prefix = "jixiao.tabular")
public interface TabularConfig {

    /** Largest file accepted for import; bigger uploads get a 413 with a message. */
    @WithDefault("10M")
    MemorySize maxUploadSize();

    /** Most data rows in one file (the header and blank rows not counted). */
    @WithDefault("50000")
    int maxRows();

    /** Most errors listed in one answer; all are counted. */
    @WithDefault("1000")
    int maxListedErrors();

    /** Rows shown in a preview (rows with errors are shown beyond it, up to the listed errors). */
    @WithDefault("500")
    int previewRows();

    /** How long an uploaded file waits on the server for the user to confirm its preview. */
    @WithDefault("30M")
    Duration previewKeptFor();
}
