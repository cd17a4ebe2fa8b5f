/**
 * Resolving what people type or write ("IND", "India", "New Delhi", "750", "Sino-Pak") to actors,
 * from the curated actors with their aliases and the country-code crosswalk ({@link
 * org.counterweight.core.actor.ActorDirectory}), whose states carry their curated adjectives and
 * current capitals ({@link org.counterweight.core.actor.CrosswalkAliases}: "Nepalese", "Tehran"); and, year by year, to the states of the COW list
 * under each of their names ({@link org.counterweight.core.actor.StateIdentities}: 365 is the Soviet
 * Union in 1922-1991; {@link org.counterweight.core.actor.StateResolver}: "DEU" is the German Federal
 * Republic to 1990), saying what was guessed and suggesting the closest names for an unknown one.
 * Pure: the state lists arrive as records, read elsewhere.
 */
package org.counterweight.core.actor;
