package no.kundeloft.task;

import no.kundeloft.base.RefusedException;

/** A task change the rules refuse; nothing was changed. */
public class TaskRefusedException extends RefusedException {

    public TaskRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
