import { create } from 'qrcode';
import { useMemo } from 'react';

export const QUIET_ZONE = 4;

/** The QR symbol's dark modules (error correction M: survives a scratched or glaring screen). */
export function qrModules(payload: string): { size: number; dark: (row: number, col: number) => boolean } {
  const { modules } = create(payload, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (row, col) => !!modules.get(row, col) };
}

/** The symbol as one SVG path, with the four-module quiet zone scanners need around it. */
export function qrPath(payload: string): { size: number; path: string } {
  const { size, dark } = qrModules(payload);
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (dark(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size: size + 2 * QUIET_ZONE, path };
}

/** Loaded on demand (the QR library stays out of the first download). */
export default function CheckInQr({ payload, label, size = 200 }: { payload: string; label: string; size?: number }) {
  const qr = useMemo(() => qrPath(payload), [payload]);
  return (
    <svg role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${qr.size} ${qr.size}`} shapeRendering="crispEdges" style={{ maxWidth: '100%', height: 'auto' }}>
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
