import { Alert, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The Barcode Detection API where the browser has it (Chromium on Android, Safari); typed here as lib.dom lacks it. */
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

type Decode = (video: HTMLVideoElement) => Promise<string | null>;

/** The browser's own detector when it reads QR codes, else jsQR on canvas frames (loaded only then). */
async function makeDecoder(): Promise<Decode> {
  const Native = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  const formats: string[] = Native ? await Native.getSupportedFormats().catch(() => []) : [];
  if (Native && formats.includes('qr_code')) {
    const detector = new Native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || !video.videoWidth) return null;
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    context.drawImage(video, 0, 0);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

/** Reads a QR code with the back camera and hands over its text once; loaded on demand. */
export default function QrScanner({ onResult }: { onResult: (text: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const done = useRef(onResult);
  done.current = onResult;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const start = async () => {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      if (stopped || !video.current) return;
      video.current.srcObject = stream;
      await video.current.play();
      const decode = await makeDecoder();
      const tick = async () => {
        if (stopped || !video.current) return;
        const text = await decode(video.current).catch(() => null);
        if (text) {
          stopped = true;
          done.current(text);
          return;
        }
        timer = setTimeout(tick, 200);
      };
      void tick();
    };
    start().catch(() => setFailed(true));
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  if (failed) return <Alert color="yellow">{t('meeting.cameraFailed')}</Alert>;
  return (
    <>
      <video ref={video} muted playsInline aria-label={t('meeting.cameraView')} style={{ width: '100%', maxHeight: 360, background: '#000', borderRadius: 8 }} />
      <Text size="sm" c="dimmed" mt="xs">
        {t('meeting.scanHelp')}
      </Text>
    </>
  );
}
