/**
 * Stand selling: stands (a place and days where a team sells, and who works them), leads registered
 * there on a phone with consent to be contacted, routed by the team's rules to an account manager
 * or a call list, followed up (contacted, qualified into a prospect customer with a contact, or
 * closed), and the leads nobody contacted within 48 hours for the team leader (decision 025).
 */
package no.kundeloft.stand;
