import { useLayoutEffect, useState, type DependencyList, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * What of a virtualised list or grid is in view of its scroller: `read` runs on each scroll and resize and its result
 * is rendered at once (flushSync), so fast scrolling shows no blank rows; the state changes only when `same` says the
 * view differs (a row or column entered or left it). `deps` are what `read` depends on (row and column counts).
 */
export function useScrollWindow<T>(
  scroller: RefObject<HTMLElement | null>,
  initial: () => T,
  read: (el: HTMLElement) => T,
  same: (a: T, b: T) => boolean,
  deps: DependencyList,
): T {
  const [view, setView] = useState(initial);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => {
      const next = read(el);
      setView((v) => (same(v, next) ? v : next));
    };
    update();
    const onScroll = () => flushSync(update);
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize.disconnect();
    };
    // `read` and `same` change with `deps` only
  }, [scroller, ...deps]);
  return view;
}
