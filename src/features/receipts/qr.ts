/**
 * QR codes for receipt links, as one SVG path (qrcode-generator does the encoding). The path
 * is set as an attribute by the DOM — never as HTML, which Trusted Types would refuse anyway.
 */
import qrcode from 'qrcode-generator';

export interface QrPath {
  /** Modules per side, plus the 4-module quiet zone on each side. */
  size: number;
  d: string;
}

/** The dark modules of `text`'s QR code (error correction M) as an SVG path. */
export function qrPath(text: string, margin = 4): QrPath {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const count = code.getModuleCount();
  let d = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (code.isDark(row, col)) d += `M${col + margin} ${row + margin}h1v1h-1z`;
    }
  }
  return { size: count + margin * 2, d };
}

/** Whether `d` draws the dark module at (row, col) — for tests that read the code back. */
export function hasModule(path: QrPath, row: number, col: number, margin = 4): boolean {
  return path.d.includes(`M${col + margin} ${row + margin}h`);
}
