/**
 * The application layer: one typed service per use case, shared by every interface (the CLI, the
 * report, a web API, Spark jobs), each in a package of its own ({@code analysis}, {@code calibration},
 * {@code scenario}, {@code report}, {@code ingest}, {@code knowledge}, {@code datasets}, ...).
 *
 * <p>This package holds what they share: the {@link org.counterweight.app.Workbench} an interface
 * opens once, the {@link org.counterweight.app.UnitOfWork} each service call reads through (one store
 * session, one consistent snapshot), and the request values validated once
 * ({@link org.counterweight.app.CaseId}, {@link org.counterweight.app.YearRange},
 * {@link org.counterweight.app.RunSettings}, {@link org.counterweight.app.UserFile}) with the one
 * exception for requests that cannot be answered ({@link org.counterweight.app.InvalidRequestException},
 * naming the parameter). No picocli, HTTP or Spark here; services print nothing.
 */
package org.counterweight.app;
