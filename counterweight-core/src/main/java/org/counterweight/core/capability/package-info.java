/**
 * National capability measures computed from the COW National Material Capabilities components, and the
 * checks of their series ({@link org.counterweight.core.capability.SeriesBreaks}).
 */
package org.counterweight.core.capability;
