/**
 * The plan list, the plan page with its sections and score, its printable version, and the offering
 * catalogue.
 */
package no.kundeloft.plan.ui;
