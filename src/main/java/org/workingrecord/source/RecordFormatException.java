package org.workingrecord.source;

/** The input cannot be read as a working record; the message says why in plain words. */
public class RecordFormatException extends Exception {
    public RecordFormatException(String message) {
        super(message);
    }
}
