/**
 * Power and its distribution: capability shares and ratios for dyads and blocs, and effective
 * capability that counts what partners add, with weights from published methods
 * ({@link org.counterweight.core.power.ExpectedSupport}: treaty reliability, Bueno de Mesquita's
 * third-party weight from portfolio similarity).
 */
package org.counterweight.core.power;
