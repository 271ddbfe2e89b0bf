package org.claimgraph.read;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

import org.claimgraph.read.ArticleReader.ReadException;

/**
 * Text decoding policy: input must be UTF-8 (or, for HTML, the charset the page declares).
 * Invalid UTF-8 is REJECTED, never silently replaced: a whole-file record (.txt, .html) fails with
 * the byte offset; in a multi-record file (.jsonl, .csv) only the records that contain invalid
 * bytes fail, and the others are read. Binary content (NUL bytes) is rejected.
 */
final class Decoding {
    private Decoding() {}

    /**
     * Stands in for each malformed byte sequence when a multi-record file is decoded; a record
     * holding it is rejected. U+FFFF is a Unicode noncharacter, never legitimate text.
     */
    static final char INVALID = '\uFFFF';

    static final int SNIFF = 8192;

    /** Decodes UTF-8 strictly (a leading byte-order mark dropped), rejecting binary content. */
    static String strict(byte[] bytes) throws ReadException {
        return strict(bytes, StandardCharsets.UTF_8);
    }

    static String strict(byte[] bytes, Charset cs) throws ReadException {
        requireText(bytes, bytes.length);
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String s = dec.decode(in).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (MalformedInputException e) {
            throw new ReadException("invalid " + cs.name() + " at byte " + in.position() + " (rejected; re-save the file as UTF-8)");
        } catch (CharacterCodingException e) {
            throw new ReadException("invalid " + cs.name() + ": " + e);
        }
    }

    /** Rejects content with NUL bytes in its first {@link #SNIFF} bytes: binary, not text. */
    static void requireText(byte[] bytes, int length) throws ReadException {
        for (int i = 0; i < Math.min(length, SNIFF); i++) {
            if (bytes[i] == 0) throw new ReadException("binary file (contains NUL bytes), not text");
        }
    }

    /** A reader over UTF-8 that puts {@link #INVALID} where bytes are malformed, for per-record rejection. */
    static Reader marking(InputStream in) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(INVALID));
        return new InputStreamReader(in, dec);
    }

    static boolean hasInvalid(String s) { return s != null && s.indexOf(INVALID) >= 0; }
}
