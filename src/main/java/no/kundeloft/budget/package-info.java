/**
 * Budgets per seller, team leader, department and key customer and year: twelve monthly targets for
 * portfolio revenue and new sales, drafted, approved by the next level up, then locked; changes
 * after approval are new revisions with a reason.
 */
package no.kundeloft.budget;
