/**
 * The pure core of Counterweight: the domain model ({@code model}), measures ({@code capability},
 * {@code arms}) and, as they land, models and scenarios. Nothing here performs I/O or imports a
 * framework; drivers (io, store, cli) depend on this module, never the reverse.
 */
package org.counterweight.core;
