import { useEffect, useState } from 'react';

/** Whether this browser can show a camera picture (a secure page, getUserMedia, and a camera plugged in). */
export function useCameraAvailable(): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    let live = true;
    const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
    if (!window.isSecureContext || !media?.getUserMedia || !media.enumerateDevices) return;
    media
      .enumerateDevices()
      .then((devices) => live && setAvailable(devices.some((d) => d.kind === 'videoinput')))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return available;
}
