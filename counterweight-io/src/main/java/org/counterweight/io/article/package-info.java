/**
 * Reading articles (plain text, Markdown, HTML) into clean text for {@code org.counterweight.core.text},
 * dropping page furniture and keeping a map from clean-text offsets back to the file's characters.
 */
package org.counterweight.io.article;
