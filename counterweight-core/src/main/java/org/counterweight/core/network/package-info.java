/**
 * Building the signed network of a system from evidence about pairs of actors (alliance
 * obligations, rivalries, curated relations, agreements, sanctions, and coded events after the
 * tie datasets end), with documented rules for sign
 * and weight and for resolving conflicting evidence.
 */
package org.counterweight.core.network;
