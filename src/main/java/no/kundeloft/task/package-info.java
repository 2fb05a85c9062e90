/**
 * Tasks: what, who and by when, from a visit report, an account plan, a call, a deal or typed by
 * hand, and the visits still waiting for their host's report. Tasks are read within the current
 * user's record scope: those given to someone in it and those at customers in it.
 */
package no.kundeloft.task;
