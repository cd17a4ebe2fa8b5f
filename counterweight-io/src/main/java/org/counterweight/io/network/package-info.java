/**
 * Users' own network and matrix files: signed edge lists, actor sizes, square propensity matrices
 * and portfolio tables, read with errors naming the file, line and field.
 */
package org.counterweight.io.network;
