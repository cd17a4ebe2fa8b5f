/**
 * Arms-transfer measures over SIPRI trend-indicator values: totals and partner shares over windows.
 */
package org.counterweight.core.arms;
