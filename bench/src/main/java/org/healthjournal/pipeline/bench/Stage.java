package org.healthjournal.pipeline.bench;

import java.util.List;

/**
 * One stage of the benchmark: drives the running pipeline and measures its floor beside it, each
 * {@link BenchOptions#repetitions()} times, and returns its rows. A stage leaves the stack as it
 * found it running (it may add data).
 */
public interface Stage {

    /** Short name used on the command line ({@code --stages ingest,readers}) and in the report. */
    String name();

    List<Row> run(BenchContext context) throws Exception;

    /**
     * Whether the stage runs before the bench starts its own stack (its context then has no
     * stack): a stage that times a stack of its own is measured on a machine that runs nothing
     * else of the bench's.
     */
    default boolean runsBeforeStack(BenchOptions options) {
        return false;
    }
}
