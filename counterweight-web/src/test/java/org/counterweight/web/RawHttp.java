package org.counterweight.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Test helper: one raw HTTP exchange on 127.0.0.1, for what a client library will not send: a forged
 * Host header, a request target that is not a valid URI (a malformed percent-encoding).
 */
final class RawHttp {
    private RawHttp() {
    }

    /** Sends the request text and answers the status code of the reply. */
    static int status(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return Integer.parseInt(line.toString().split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * GETs {@code target} (path and query, sent byte for byte as given) over HTTP/1.0, so the reply is
     * neither chunked nor kept alive, and answers its status, body and content type.
     */
    static Http.Answer get(int port, String target) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = reply.indexOf("\r\n\r\n");
            String head = reply.substring(0, end);
            String contentType = "";
            for (String header : head.split("\r\n")) {
                if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                    contentType = header.substring("content-type:".length()).strip();
                }
            }
            return new Http.Answer(Integer.parseInt(head.split(" ")[1]), reply.substring(end + 4), contentType, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
