/**
 * Power and its distribution: capability shares and ratios for dyads and blocs, and effective
 * capability that counts what partners add.
 */
package org.counterweight.core.power;
