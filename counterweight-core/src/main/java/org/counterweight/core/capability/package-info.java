/**
 * National capability measures computed from the COW National Material Capabilities components.
 */
package org.counterweight.core.capability;
