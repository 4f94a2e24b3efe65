package org.healthjournal.pipeline.notifier.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A body part's text already in its transfer encoding, with gaps where per-mail ASCII values (a
 * recipient's links) go: the text between the gaps is encoded once, each mail only encodes its own
 * values and copies the rest.
 *
 * <p>Only {@code 7bit} and {@code quoted-printable} can be patched like that ({@link #of} gives null
 * otherwise). Quoted-printable is written as Jakarta Mail's encoder writes it (the same soft line
 * breaks at 76 characters, bare LF and CR written as CRLF, {@code =}, controls and non-ASCII as
 * {@code =XX}, a space before a line break or at the end as {@code =20}); a value continues the line
 * the text before it ends, and when the text after it does not start a new line a soft line break
 * follows the value, so the encoded text after every gap starts at the beginning of a line whatever
 * the value's length. Decoded, the part is exactly the text with the values in the gaps.
 */
public final class PreEncodedText {

    static final String SEVEN_BIT = "7bit";
    static final String QUOTED_PRINTABLE = "quoted-printable";
    /** RFC 5322: no line longer than 998 characters, CRLF excluded */
    private static final int MAX_LINE = 998;
    /** characters of a quoted-printable line before its soft-break {@code =} */
    private static final int QP_LINE = 75;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final String encoding;
    /** gaps + 1 encoded pieces of text */
    private final byte[][] pieces;
    /** which value goes into each gap */
    private final int[] values;
    /** quoted-printable: the column where the piece before each gap ends */
    private final int[] columns;
    /** quoted-printable: whether the piece after each gap needs a soft line break before it */
    private final boolean[] breaks;
    private final int encodedLength;

    private PreEncodedText(String encoding, byte[][] pieces, int[] values, int[] columns, boolean[] breaks) {
        this.encoding = encoding;
        this.pieces = pieces;
        this.values = values;
        this.columns = columns;
        this.breaks = breaks;
        int length = 0;
        for (byte[] piece : pieces) {
            length += piece.length;
        }
        this.encodedLength = length;
    }

    /**
     * @param encoding the part's {@code Content-Transfer-Encoding}, chosen for the text with its stand-ins
     * @param standIns strings in the text that mark the gaps: value {@code i} goes where {@code standIns[i]} is
     * @return null if the encoding cannot be patched
     */
    public static PreEncodedText of(String text, String encoding, String... standIns) {
        boolean qp = QUOTED_PRINTABLE.equalsIgnoreCase(encoding);
        if (!qp && !SEVEN_BIT.equalsIgnoreCase(encoding)) {
            return null;
        }
        List<String> pieces = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = -1;
            int value = -1;
            for (int i = 0; i < standIns.length; i++) {
                int found = text.indexOf(standIns[i], from);
                if (found >= 0 && (at < 0 || found < at)) {
                    at = found;
                    value = i;
                }
            }
            if (at < 0) {
                pieces.add(text.substring(from));
                break;
            }
            pieces.add(text.substring(from, at));
            values.add(value);
            from = at + standIns[value].length();
        }
        byte[][] encoded = new byte[pieces.size()][];
        int[] columns = new int[values.size()];
        boolean[] breaks = new boolean[values.size()];
        for (int i = 0; i < encoded.length; i++) {
            byte[] raw = pieces.get(i).getBytes(StandardCharsets.UTF_8);
            if (!qp) {
                for (byte b : raw) {
                    if (b < 0 || b == 0) {
                        return null; // not 7bit after all
                    }
                }
                encoded[i] = raw;
                continue;
            }
            QpWriter writer = new QpWriter(raw.length * 3 / 2 + 16, 0);
            writer.write(raw, true);
            encoded[i] = writer.out.toByteArray();
            if (i < columns.length) {
                columns[i] = writer.column;
            }
            if (i > 0) {
                // after a value ending the text nothing; before a line break the value's column does not matter
                breaks[i - 1] = raw.length == 0 ? i < encoded.length - 1 : raw[0] != '\r' && raw[0] != '\n';
            }
        }
        return new PreEncodedText(qp ? QUOTED_PRINTABLE : SEVEN_BIT, encoded,
                values.stream().mapToInt(Integer::intValue).toArray(), columns, breaks);
    }

    /** {@code 7bit} or {@code quoted-printable} */
    public String encoding() {
        return encoding;
    }

    /**
     * The encoded text with {@code values[i]} where {@code standIns[i]} was.
     *
     * @return null if a value cannot go in as it is (not printable ASCII, or a {@code 7bit} line
     *         would grow past 998 characters): the part must be composed the usual way
     */
    public byte[] with(String... values) {
        for (String value : values) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c <= ' ' || c >= 127) {
                    return null;
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(encodedLength + 256);
        boolean qp = encoding == QUOTED_PRINTABLE;
        for (int i = 0; i < pieces.length; i++) {
            out.writeBytes(pieces[i]);
            if (i == this.values.length) {
                break;
            }
            byte[] value = values[this.values[i]].getBytes(StandardCharsets.US_ASCII);
            if (qp) {
                QpWriter writer = new QpWriter(out, columns[i]);
                writer.write(value, false);
                if (breaks[i]) {
                    writer.softBreak();
                }
            } else {
                out.writeBytes(value);
            }
        }
        byte[] encoded = out.toByteArray();
        if (!qp && longestLine(encoded) > MAX_LINE) {
            return null;
        }
        return encoded;
    }

    static int longestLine(byte[] bytes) {
        int longest = 0;
        int line = 0;
        for (byte b : bytes) {
            if (b == '\r' || b == '\n') {
                line = 0;
            } else if (++line > longest) {
                longest = line;
            }
        }
        return longest;
    }

    /** Quoted-printable as Jakarta Mail's {@code QPEncoderStream} writes text, from a given column. */
    private static final class QpWriter {

        final ByteArrayOutputStream out;
        int column;

        QpWriter(int size, int column) {
            this(new ByteArrayOutputStream(size), column);
        }

        QpWriter(ByteArrayOutputStream out, int column) {
            this.out = out;
            this.column = column;
        }

        /** @param atEnd whether the bytes end where the encoded text ends or a line break follows */
        void write(byte[] bytes, boolean atEnd) {
            for (int i = 0; i < bytes.length; i++) {
                int c = bytes[i] & 0xff;
                if (c == '\r') {
                    lineBreak();
                } else if (c == '\n') {
                    if (i == 0 || bytes[i - 1] != '\r') {
                        lineBreak();
                    }
                } else if (c == ' ') {
                    boolean lineEnds = i + 1 < bytes.length ? bytes[i + 1] == '\r' || bytes[i + 1] == '\n' : atEnd;
                    output(c, lineEnds);
                } else {
                    output(c, c < ' ' || c >= 127 || c == '=');
                }
            }
        }

        private void output(int c, boolean encode) {
            if (encode) {
                column += 3;
                if (column > QP_LINE) {
                    softBreak();
                    column = 3;
                }
                out.write('=');
                out.write(HEX[c >> 4]);
                out.write(HEX[c & 0xf]);
            } else {
                if (++column > QP_LINE) {
                    softBreak();
                    column = 1;
                }
                out.write(c);
            }
        }

        void softBreak() {
            out.write('=');
            out.write('\r');
            out.write('\n');
            column = 0;
        }

        private void lineBreak() {
            out.write('\r');
            out.write('\n');
            column = 0;
        }
    }
}
