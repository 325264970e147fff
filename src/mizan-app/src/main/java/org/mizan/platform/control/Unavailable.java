package org.mizan.platform.control;

/**
 * The server cannot do this now, through no fault of the request: storage full (507) or otherwise out of reach
 * (503, try again later). Nothing of the request was kept.
 */
public class Unavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean storageFull;
    private final String messageKey;

    public Unavailable(boolean storageFull, String messageKey, Throwable cause) {
        super(messageKey + ": " + cause.getMessage(), cause);
        this.storageFull = storageFull;
        this.messageKey = messageKey;
    }

    public boolean storageFull() {
        return storageFull;
    }

    public String messageKey() {
        return messageKey;
    }
}
