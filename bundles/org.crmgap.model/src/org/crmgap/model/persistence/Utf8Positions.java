package org.crmgap.model.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a file stops being UTF-8. Parsers report a malformed byte late (after their read-ahead) or at the
 * start of their buffer; this finds the first bad byte itself, for messages that point at it. Used by the
 * model loader and the CSV loader; only called once something already failed, so it may read the whole file.
 */
public final class Utf8Positions {

	/** A 1-based line and column; lines end at LF, CR or CR LF; the column counts characters, not bytes. */
	public record Position(long line, long column) {
	}

	private static final int CHUNK = 64 * 1024;

	private Utf8Positions() {
	}

	/** The position of the first byte that is not part of a well-formed UTF-8 sequence, or empty when there is none. */
	public static Optional<Position> firstMalformed(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(CHUNK);
		CharBuffer out = CharBuffer.allocate(CHUNK);
		Counter counter = new Counter();
		try (ReadableByteChannel channel = Files.newByteChannel(file)) {
			boolean end = false;
			while (!end) {
				end = channel.read(in) < 0;
				in.flip();
				CoderResult result;
				do {
					result = decoder.decode(in, out, end);
					out.flip();
					counter.add(out);
					out.clear();
					if (result.isError()) {
						return Optional.of(counter.position());
					}
				} while (result.isOverflow());
				in.compact();
			}
		}
		return Optional.empty();
	}

	/** Follows lines and columns over decoded text. */
	private static final class Counter {
		private long line = 1;
		private long column = 1;
		private boolean afterCr;
		private boolean start = true;

		void add(CharBuffer chars) {
			while (chars.hasRemaining()) {
				char c = chars.get();
				if (start && c == '\uFEFF') {
					start = false;
					continue; // a byte order mark is no column
				}
				start = false;
				if (c == '\n') {
					if (!afterCr) {
						newLine();
					}
				} else if (c == '\r') {
					newLine();
				} else if (!Character.isLowSurrogate(c)) {
					column++;
				}
				afterCr = c == '\r';
			}
		}

		private void newLine() {
			line++;
			column = 1;
		}

		Position position() {
			return new Position(line, column);
		}
	}
}
