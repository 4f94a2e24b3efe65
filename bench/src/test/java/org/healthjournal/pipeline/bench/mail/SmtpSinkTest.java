package org.healthjournal.pipeline.bench.mail;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpSinkTest {

    @Test
    void asRootTheSinkDropsItsPrivilegesAndDumpsEveryMessageIntoTheStacksDataDirectory() {
        Path dump = SmtpSink.dumpDir(Path.of("/data/stack"));
        assertThat(dump).isEqualTo(Path.of("/data/stack/smtp-sink"));

        assertThat(SmtpSink.command(2525, dump, true))
                .containsSubsequence("-u", "nobody")
                .containsSubsequence("-d", "/data/stack/smtp-sink/m.")
                .endsWith("127.0.0.1:2525", "1024");
        assertThat(SmtpSink.command(2525, dump, false)).doesNotContain("-u");
    }

    @Test
    void aMissingToolIsNamedWithThePackageThatBringsIt() {
        assertThat(SmtpSink.MISSING.formatted("/usr/sbin/smtp-sink")).contains("/usr/sbin/smtp-sink")
                .contains("apt-get install postfix");
    }
}
