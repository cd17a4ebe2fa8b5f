/**
 * The analyses of the balance of power and of alignment: structural balance, power and effective
 * capability, capabilities, arms transfers and dependence, foreign-policy similarity, alignment
 * landscapes, the overview of a year, and Richardson's two-actor model. Each use case is a request,
 * a service, a typed result and the tables that present it.
 */
package org.counterweight.app.analysis;
