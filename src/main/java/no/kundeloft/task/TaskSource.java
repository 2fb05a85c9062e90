package no.kundeloft.task;

/**
 * Where a task came from; the source's record is named by the task's source id (none for a task
 * typed by hand).
 */
public enum TaskSource {
    VISIT,
    PLAN,
    CALL,
    DEAL,
    MANUAL
}
