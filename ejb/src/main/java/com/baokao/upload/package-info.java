/**
 * Uploaded photos and proof scans: {@link com.baokao.upload.ImageInspector} checks them on their real bytes (JPEG
 * signature, size, pixels, background) before anything is decoded in full, and
 * {@link com.baokao.upload.StoredFile} keeps the accepted bytes in the database so every node serves them.
 */
package com.baokao.upload;
