// The API explorer: Swagger UI (bundled from its WebJar) over this server's /openapi.json.
window.addEventListener('DOMContentLoaded', () => {
  window.SwaggerUIBundle({ url: '/openapi.json', dom_id: '#ui', deepLinking: true, validatorUrl: null });
});
