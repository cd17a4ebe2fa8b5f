package org.counterweight.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** A cache codec of plain text, for store tests. */
final class TextCodec {
    static final ResultCache.Codec<String> TEXT = new ResultCache.Codec<>() {
        @Override
        public String name() {
            return "test-text/1";
        }

        @Override
        public void write(String value, DataOutputStream out) throws IOException {
            out.writeUTF(value);
        }

        @Override
        public String read(DataInputStream in) throws IOException {
            return in.readUTF();
        }
    };

    private TextCodec() {
    }
}
