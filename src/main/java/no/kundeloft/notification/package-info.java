/**
 * Notifications: what happened to a person (visits, budgets, customers given to them, tasks given
 * by someone else, deals won in their team), in the app with a live badge and, per kind as each
 * user chooses, by e-mail. Built on the organisation only, so every feature above it can tell
 * people.
 */
package no.kundeloft.notification;
