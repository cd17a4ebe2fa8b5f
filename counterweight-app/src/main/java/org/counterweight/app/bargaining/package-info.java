/**
 * The bargaining use case: Bueno de Mesquita's expected-utility model
 * ({@link org.counterweight.core.bargaining.ExpectedUtilityModel}) on a replication table or one of the
 * case's issue files, its inputs resolved against the knowledge base (a state's CINC or military
 * expenditure, with its basis) or taken as the analyst's assumptions (rationale, source, verbatim quote
 * checked against the source's text), with a Monte Carlo forecast and the inputs' sensitivity on
 * request. Model: docs/models/bargaining.md; files: docs/bargaining-issues.md.
 */
package org.counterweight.app.bargaining;
