/**
 * Demo data for the default embedded run: the seeder, the contract of its parts and name
 * generation.
 */
package no.kundeloft.demo;
