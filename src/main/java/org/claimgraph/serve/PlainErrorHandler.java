package org.claimgraph.serve;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;

import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Error pages that say the status and its standard reason only ("HTTP ERROR 500 Server Error"):
 * never a stack trace, an exception class or an exception's message, which can reveal paths and
 * internals to whoever calls the server. The log still has the details.
 */
final class PlainErrorHandler extends ErrorHandler {
    PlainErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
        return super.generateAcceptableResponse(request, response, callback, contentType, charsets, code, HttpStatus.getMessage(code), null);
    }
}
