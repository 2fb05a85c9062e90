/** {@code /calls}: the caller's queue with one-key outcomes, and the leaders' call lists. */
package no.kundeloft.calling.ui;
