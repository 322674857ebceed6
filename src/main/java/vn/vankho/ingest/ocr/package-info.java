/**
 * OCR: turns scanned pages (image-only PDF, TIFF, JPEG, PNG) into text with Tesseract, Vietnamese model.
 *
 * <p>{@link vn.vankho.ingest.ocr.PageImages} opens a file as pages, {@link vn.vankho.ingest.ocr.OcrEngine}
 * reads them, {@link vn.vankho.ingest.ocr.OcrSettings} says how. The job pipeline calls
 * {@link vn.vankho.ingest.ocr.OcrEngine#readPages(java.nio.file.Path)}; it knows nothing of storage or jobs.
 *
 * <p>May import: {@code java.*}, {@code javax.imageio}, Tess4J ({@code net.sourceforge.tess4j}, with JNA
 * {@code com.sun.jna} for its native handles), PDFBox ({@code org.apache.pdfbox}) and {@code vn.vankho.text}.
 * Nothing else of the archive: OCR sits before storage, index and web.
 */
package vn.vankho.ingest.ocr;
