/**
 * The pipeline board and list, the deal dialog, deals on the customer page and the admins' stage
 * list.
 */
package no.kundeloft.pipeline.ui;
