/**
 * The web workbench: one process serving a JSON REST API over the application services
 * ({@code org.counterweight.app.*Service}) and an offline browser UI, on 127.0.0.1 by default.
 *
 * <p>Handlers parse and validate query parameters ({@link org.counterweight.web.Query}), build the
 * service's request record, call the service and answer its tables exactly as the CLI's
 * {@code --format json} prints them ({@code report.export.TableExport}); they compute nothing. The
 * endpoints are declared once ({@link org.counterweight.web.ApiEndpoints}) and both routed and described
 * in {@code /openapi.json} from that declaration. Writes need {@code --allow-writes} and its token
 * ({@link org.counterweight.web.WriteGuard}); scenario runs wait in a bounded queue
 * ({@link org.counterweight.web.ScenarioRuns}).
 */
package org.counterweight.web;
