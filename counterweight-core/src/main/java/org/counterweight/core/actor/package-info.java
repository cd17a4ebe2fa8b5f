/**
 * Resolving what people type or write ("IND", "India", "New Delhi", "750", "Sino-Pak") to actors,
 * from the curated actors with their aliases and the country-code crosswalk.
 */
package org.counterweight.core.actor;
