package org.claimgraph.store;

/** A store could not be opened or used; the message says which store and why, for a person to read. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }

    public StoreException(String message) { super(message); }
}
