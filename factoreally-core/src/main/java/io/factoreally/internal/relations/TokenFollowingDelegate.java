package io.factoreally.internal.relations;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

import java.io.IOException;

/**
 * A parser delegate that sees every token its reader moves over: Jackson's delegate forwards
 * {@code nextValue} and {@code skipChildren} to the wrapped parser, so tokens skipped that way would
 * bypass {@link #nextToken} and the notes a subclass takes there.
 */
abstract class TokenFollowingDelegate extends JsonParserDelegate {
    TokenFollowingDelegate(JsonParser p) {
        super(p);
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken n = nextToken();
            if (n == null) {
                break;
            }
            if (n == JsonToken.START_OBJECT || n == JsonToken.START_ARRAY) {
                open++;
            } else if (n == JsonToken.END_OBJECT || n == JsonToken.END_ARRAY) {
                open--;
            }
        }
        return this;
    }
}
