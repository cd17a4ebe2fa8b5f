/**
 * Typed, line-aware access to YAML documents (case files now, scenario files later): every error
 * names the file, the line and the path of the field ({@code agreements[3].signed}).
 */
package org.counterweight.io.yaml;
