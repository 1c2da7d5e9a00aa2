package org.crmgap.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Recognises an Excel workbook among data files: by its name ({@code .xlsx}) or by its first bytes, so that a
 * workbook saved under another name is read as one too; and says plainly why a file is no readable {@code .xlsx}.
 */
public final class Workbooks {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	/** Compound File (OLE2): an Excel 97-2003 workbook, or an .xlsx encrypted with a password. */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
	/** The stream an encrypted OOXML package keeps its key data in, named in the compound file's directory (UTF-16LE). */
	private static final byte[] ENCRYPTION_INFO = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);

	/** How much of each part is looked at for a document type declaration. */
	private static final int PROLOG = 4096;
	/** At most this much of [Content_Types].xml is read: a handful of entries per part. */
	private static final int CONTENT_TYPES = 1 << 20;

	private Workbooks() {
	}

	/** Whether {@code file} is to be read as a workbook: named .xlsx, or starting as a zip archive or a compound file. */
	public static boolean isWorkbook(Path file) {
		if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			return true;
		}
		if (!Files.isRegularFile(file)) {
			return false;
		}
		try {
			byte[] head = head(file);
			return startsWith(head, ZIP) || startsWith(head, OLE2);
		} catch (IOException unreadable) {
			// not judged here: the CSV reader names the problem when it opens the file
			return false;
		}
	}

	/** A one-line error when {@code file} cannot be an .xlsx workbook, before the library opens it. */
	static void requireXlsx(Path file) throws DataException {
		if (!Files.isRegularFile(file)) {
			throw new DataException(file, "file does not exist");
		}
		try {
			byte[] head = head(file);
			if (startsWith(head, OLE2)) {
				throw new DataException(file, contains(file, ENCRYPTION_INFO)
						? "is password-protected (an encrypted workbook): save a copy without a password to read it"
						: "is an Excel 97-2003 workbook (.xls), not .xlsx: save it as an .xlsx workbook");
			}
			if (!startsWith(head, ZIP)) {
				throw new DataException(file, "is not an .xlsx workbook (not a zip archive)");
			}
			String part = partWithDoctype(file);
			if (part != null) {
				throw new DataException(file, "part " + Excerpts.names(List.of(part)) + " has a document type declaration (DTD), which"
						+ " .xlsx files never have: not read, as it could make a reader fetch other files");
			}
		} catch (ZipException e) {
			throw new DataException(file, 0, null, "is not an .xlsx workbook (a damaged zip archive: " + e.getMessage() + ")", e);
		} catch (IOException e) {
			throw new DataException(file, 0, null, "cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * The first XML part that declares a document type. The library reads parts with DTDs off; refusing them here too
	 * says why the file is not read. A declaration comes before the root element, so only a part's start is read.
	 */
	private static String partWithDoctype(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				if (entry.isDirectory()) {
					continue;
				}
				try (InputStream in = zip.getInputStream(entry)) {
					// Latin-1 without NUL bytes: the markup of UTF-8 and UTF-16 parts alike
					String start = new String(in.readNBytes(PROLOG), StandardCharsets.ISO_8859_1).replace("\0", "");
					if (start.contains("<!DOCTYPE")) {
						return entry.getName();
					}
				}
			}
		}
		return null;
	}

	/** Whether the package declares a styles part (Excel always writes one; other writers may not). */
	static boolean hasStyles(Path file) throws DataException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry types = zip.getEntry("[Content_Types].xml");
			if (types == null) {
				return false;
			}
			try (InputStream in = zip.getInputStream(types)) {
				return new String(in.readNBytes(CONTENT_TYPES), StandardCharsets.UTF_8).contains("spreadsheetml.styles+xml");
			}
		} catch (IOException e) {
			throw new DataException(file, 0, null, "is not an .xlsx workbook (a damaged zip archive: " + e.getMessage() + ")", e);
		}
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(OLE2.length);
		}
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

	/** Whether the file's bytes contain {@code pattern}, read in blocks (a compound file can be large). */
	private static boolean contains(Path file, byte[] pattern) throws IOException {
		byte[] block = new byte[1 << 16];
		int kept = 0;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			for (int read = in.read(block, kept, block.length - kept); read > 0; read = in.read(block, kept, block.length - kept)) {
				int end = kept + read;
				for (int i = 0; i + pattern.length <= end; i++) {
					if (Arrays.equals(block, i, i + pattern.length, pattern, 0, pattern.length)) {
						return true;
					}
				}
				// the pattern may straddle two blocks: keep the tail
				kept = Math.min(pattern.length - 1, end);
				System.arraycopy(block, end - kept, block, 0, kept);
			}
		}
		return false;
	}
}
