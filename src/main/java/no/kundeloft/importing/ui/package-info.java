/**
 * The frame every import page is built in: upload, what each column holds, the import's own
 * choices, the check of every row, the file of problems, and the import of all rows or none.
 */
package no.kundeloft.importing.ui;
