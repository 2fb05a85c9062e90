/**
 * The budget page: the budgets a user drafts, approves or follows, and the month-by-month editor.
 */
package no.kundeloft.budget.ui;
