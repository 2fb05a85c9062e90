/**
 * Calling: call lists (campaigns) that team leaders fill with contacts of the teams they draw on,
 * and the queue telesales sellers and meeting bookers call through with one-key outcomes — a
 * contact returns after no answer, a call back comes back to its caller, a meeting is booked in a
 * listed seller's calendar and an order becomes a won deal. A caller sees of a listed customer only
 * its facts, contacts and calls, and only while the list runs (decision 023).
 */
package no.kundeloft.calling;
