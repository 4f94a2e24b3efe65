package org.healthjournal.pipeline.publisher.export;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaticExportTest {

    private static final Path DIR = Path.of("/srv/site");

    @Test
    void everyAddressIsADirectoryWithAnIndexFile() {
        assertThat(StaticExport.fileFor(DIR, "/")).isEqualTo(Path.of("/srv/site/index.html"));
        assertThat(StaticExport.fileFor(DIR, "/articles/a-b")).isEqualTo(Path.of("/srv/site/articles/a-b/index.html"));
        assertThat(StaticExport.fileFor(DIR, "/tags/x/page/2")).isEqualTo(Path.of("/srv/site/tags/x/page/2/index.html"));
    }

    @Test
    void nothingIsWrittenOutsideTheExport() {
        assertThatThrownBy(() -> StaticExport.fileFor(DIR, "/articles/../../etc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StaticExport.fileFor(DIR, "/search?q=x")).isInstanceOf(IllegalArgumentException.class);
    }
}
