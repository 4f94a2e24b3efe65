package org.healthjournal.pipeline.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run measured: the rows, on which machine, with which settings.
 *
 * @param crashes stages that threw instead of returning rows: stage name → what went wrong
 */
public record BenchReport(Instant startedAt, Duration wallTime, Machine machine, Map<String, String> settings,
                          List<Row> rows, Map<String, String> crashes, boolean smoke) {

    public BenchReport {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        rows = List.copyOf(rows);
        crashes = Collections.unmodifiableMap(new LinkedHashMap<>(crashes));
    }

    /** Every row met its target and no stage crashed. */
    public boolean pass() {
        return crashes.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(Row::met);
    }
}
