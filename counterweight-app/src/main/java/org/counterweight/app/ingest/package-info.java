/**
 * Article ingestion: reading an article (text, Markdown or HTML), extracting what it states with the
 * extractor built from a case's actors and agreements and the CAMEO codebook
 * ({@link org.counterweight.app.ingest.IngestService}), storing the findings as proposed claims and
 * comparing them with the curated claims quoted from the same source; and scoring the extractor
 * against hand-annotated gold articles ({@link org.counterweight.app.ingest.EvaluationService}).
 */
package org.counterweight.app.ingest;
