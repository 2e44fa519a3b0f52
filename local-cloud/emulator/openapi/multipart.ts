/**
 * A small multipart/form-data reader for the SDK's wx.openApi requests (form-data package:
 * string fields plus one binary field, requestData).
 */
export interface MultipartField {
  name: string;
  value: Buffer;
  filename?: string;
  contentType?: string;
}

export function boundaryOf(contentType: string | undefined, body: Buffer): string | null {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (match) return (match[1] ?? match[2]).trim();
  // No boundary in the header: the first line of the body is "--<boundary>".
  const firstLine = body.subarray(0, Math.min(body.length, 200)).toString('latin1').split('\r\n')[0];
  return firstLine.startsWith('--') ? firstLine.slice(2) : null;
}

export function parseMultipart(body: Buffer, boundary: string): MultipartField[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: MultipartField[] = [];
  let position = body.indexOf(delimiter);
  while (position >= 0) {
    const partStart = position + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString('latin1') === '--') break;
    const next = body.indexOf(delimiter, partStart);
    if (next < 0) break;
    // Each part: CRLF, headers, CRLF CRLF, content, CRLF before the next delimiter.
    const part = body.subarray(partStart + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      if (name !== undefined) {
        fields.push({
          name,
          value: Buffer.from(part.subarray(headerEnd + 4)),
          filename: /filename="([^"]*)"/i.exec(headers)?.[1],
          contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim(),
        });
      }
    }
    position = next;
  }
  return fields;
}
