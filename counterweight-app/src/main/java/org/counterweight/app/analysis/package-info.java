/**
 * Analyses of a case and of users' tables, one use case each: a validated request, a service over
 * the {@link org.counterweight.app.Workbench}, a typed result and a {@code *Tables} adapter giving the
 * tables the CLI prints and the report embeds. Structural balance, power and effective capability,
 * capabilities of a state, the overview of a year, the alignment landscape, foreign-policy similarity,
 * arms transfers and dependence, and Richardson's arms race.
 */
package org.counterweight.app.analysis;
