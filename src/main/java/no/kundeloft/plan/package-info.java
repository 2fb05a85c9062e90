/**
 * Key account plans: situation and strategy, measurable objectives, the stakeholder map, whitespace
 * over the offering catalogue, actions, risks and reviews, with a quality score that says what is
 * missing.
 */
package no.kundeloft.plan;
