package org.healthjournal.pipeline.content;

/** A Markdown draft file that cannot be read; the message tells the writer what to fix. */
public class DraftFormatException extends RuntimeException {

    public DraftFormatException(String message) {
        super(message);
    }
}
