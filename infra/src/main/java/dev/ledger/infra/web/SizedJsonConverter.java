package dev.ledger.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * JSON answers with a Content-Length. Jackson's converter streams into the response and flushes, which commits it
 * chunked: a second socket write for the closing chunk on every request. Answers here are small (pages are
 * bounded), so the body is written to memory first and goes out with its headers in one write.
 */
final class SizedJsonConverter extends MappingJackson2HttpMessageConverter {

    SizedJsonConverter(ObjectMapper mapper) {
        super(mapper);
    }

    @Override
    protected void writeInternal(Object object, Type type, HttpOutputMessage outputMessage) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(512);
        super.writeInternal(object, type, new Buffered(outputMessage.getHeaders(), body));
        outputMessage.getHeaders().setContentLength(body.size());
        body.writeTo(outputMessage.getBody());
    }

    /** The response's own headers (Jackson reads the content type's charset from them) over a body in memory. */
    private record Buffered(HttpHeaders headers, OutputStream body) implements HttpOutputMessage {

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public OutputStream getBody() {
            return body;
        }
    }
}
