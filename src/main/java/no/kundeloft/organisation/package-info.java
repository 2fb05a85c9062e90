/**
 * The sales organisation: divisions, departments, teams and employees, the record scope each
 * employee's role gives them, and the team-size and portfolio rules.
 */
package no.kundeloft.organisation;
